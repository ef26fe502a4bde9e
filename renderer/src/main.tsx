import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './styles/app.css';
import './styles/timeline.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
