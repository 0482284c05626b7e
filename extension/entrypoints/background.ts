import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { FindingsMessage } from '../lib/badge';
import { SEVERITY_COLORS } from '../lib/severity';

// PDF navigations open in our viewer: a URL ending in .pdf, or any response served as application/pdf.
// A URL marked hallmonitor=original ("View original") is left to the browser.
function pdfRules(viewer: string) {
  const redirect = { type: 'redirect' as const, redirect: { regexSubstitution: `${viewer}?file=\\0` } };
  return [
    { id: 1, priority: 2, action: redirect, condition: { regexFilter: '^https?://[^?#]*\\.[pP][dD][fF]$', resourceTypes: ['main_frame' as const] } },
    {
      id: 2,
      priority: 1,
      action: redirect,
      condition: { regexFilter: '^https?://.*', resourceTypes: ['main_frame' as const], responseHeaders: [{ header: 'content-type', values: ['application/pdf*'] }] },
    },
    { id: 3, priority: 3, action: { type: 'allow' as const }, condition: { urlFilter: 'hallmonitor=original', resourceTypes: ['main_frame' as const] } },
  ];
}

// The manifest's default_title (wxt.config.ts), restored when a tab loads a new page.
const TOOLBAR_TITLE = 'Scan this page with Hall Monitor';

/**
 * Google Docs has its own content script, which reads the document through Docs' export; any other page
 * gets the page scanner injected now, on the reviewer's request, so pages merely visited carry none of it.
 */
async function scanTab(tab?: { id?: number; url?: string }): Promise<void> {
  if (tab?.id === undefined || tab.url?.startsWith(browser.runtime.getURL('/'))) return; // the viewer scans on its own
  const tabId = tab.id;
  if (tab.url?.startsWith('https://docs.google.com/document/')) await browser.tabs.sendMessage(tabId, { type: 'scan-page' }).catch(() => undefined);
  else
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] }).catch(async () => {
      // Browser pages and extension stores are closed to every extension: say so rather than do nothing.
      await browser.action.setBadgeText({ tabId, text: '!' });
      await browser.action.setTitle({ tabId, title: 'Hall Monitor cannot read this page: the browser keeps its own pages and the extension store closed to extensions.' });
    });
}

export default defineBackground(() => {
  // Firefox keeps its own PDF viewer: the build there has no declarativeNetRequest permission.
  const dnr = browser.declarativeNetRequest as typeof browser.declarativeNetRequest | undefined;
  if (dnr) {
    const rules = pdfRules(browser.runtime.getURL('/viewer.html'));
    // Replace, never add: the service worker starts many times.
    void dnr.updateDynamicRules({ removeRuleIds: rules.map((r) => r.id), addRules: rules }).catch(() => undefined);
  }

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'hallmonitor-scan', title: 'Scan this page with Hall Monitor', contexts: ['page', 'selection'] });
  });
  browser.action.onClicked.addListener((tab) => void scanTab(tab));
  browser.contextMenus.onClicked.addListener((_info, tab) => void scanTab(tab));
  // A test cannot click the toolbar: it calls what the click calls.
  Object.assign(globalThis, { hallmonitorScanTab: scanTab });

  // A new page in the tab has not been scanned: clear what the last one showed.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void browser.action.setBadgeText({ tabId, text: '' });
    void browser.action.setTitle({ tabId, title: TOOLBAR_TITLE });
  });

  // The toolbar badge: every flag in the tab's document, coloured by the highest severity; 0 in green says
  // the page was scanned and nothing was found, where an empty badge would look unscanned.
  browser.runtime.onMessage.addListener((message: Partial<FindingsMessage>, sender) => {
    if (message.type !== 'findings' || sender.tab?.id === undefined) return;
    const tabId = sender.tab.id;
    void browser.action.setBadgeBackgroundColor({ tabId, color: message.top ? SEVERITY_COLORS[message.top].text : '#2e7d32' });
    void browser.action.setBadgeText({ tabId, text: String(message.total ?? 0) });
    if (message.title) void browser.action.setTitle({ tabId, title: message.title });
  });
});
