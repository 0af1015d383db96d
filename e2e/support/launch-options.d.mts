import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium with offline, root-safe flags when installed; Playwright's own otherwise. */
export declare const chromiumLaunchOptions: LaunchOptions;
