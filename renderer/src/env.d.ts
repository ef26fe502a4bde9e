/// <reference types="vite/client" />
import type { ApiContract } from '../../preload/api';

declare global {
  interface Window {
    /** The contract exposed by the preload (Electron) or by the test harness (browser). */
    api: ApiContract;
  }
}
