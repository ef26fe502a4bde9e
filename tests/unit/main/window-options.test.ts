import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isTrustedRendererUrl, mainWindowOptions } from '../../../main/window-options';

describe('main window options', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');

  it('isolates and sandboxes the renderer', () => {
    const web = options.webPreferences!;
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('loads the one CJS preload bundle a sandbox can run', () => {
    expect(options.webPreferences!.preload).toBe('/app/out/preload/index.cjs');
  });

  it('opens at a usable size, shown only when ready', () => {
    expect(options.width).toBeGreaterThanOrEqual(1024);
    expect(options.minWidth).toBeGreaterThan(0);
    expect(options.show).toBe(false);
  });
});

describe('navigation rules', () => {
  it('trusts only the bundled renderer page, or the dev server in development', () => {
    expect(isTrustedRendererUrl('file:///opt/Eventline/resources/app.asar/out/renderer/index.html', '')).toBe(
      true,
    );
    expect(isTrustedRendererUrl('file:///etc/passwd', '')).toBe(false);
    expect(isTrustedRendererUrl('https://evil.example/renderer/index.html', '')).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedRendererUrl('not a url', '')).toBe(false);
  });

  it('sends only http(s) links to the browser', () => {
    expect(isAllowedExternalUrl('https://example.org')).toBe(true);
    expect(isAllowedExternalUrl('http://example.org')).toBe(true);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('smb://share')).toBe(false);
  });
});
