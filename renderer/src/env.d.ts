/// <reference types="vite/client" />
import type { WindowApi } from '../../preload/api';

declare global {
  interface Window {
    /** The contract exposed by the preload (Electron) or by the test harness (browser), with the menu subscription. */
    api: WindowApi;
  }
}
