import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { aboutText, buildMenuTemplate, MENU_LABELS, menuLanguage, REFERENCE_DATA_ROUTE, routeScript } from './menu';

type Item = MenuItemConstructorOptions;
const items = (menu: Item | undefined) => (menu?.submenu ?? []) as Item[];
const roles = (menu: Item | undefined) => items(menu).map((item) => item.role ?? item.type ?? item.label);

function template(extra: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  return buildMenuTemplate({
    labels: MENU_LABELS.en,
    isPackaged: true,
    platform: 'linux',
    onAbout: () => {},
    onReferenceData: () => {},
    ...extra,
  });
}

describe('the application menu', () => {
  it('has File, Edit, View and Help with the standard roles', () => {
    const menu = template();
    expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(roles(menu[0])).toEqual([MENU_LABELS.en.referenceData, 'separator', 'quit']);
    expect(roles(menu[1])).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'selectAll']);
    expect(roles(menu[2])).toEqual([
      'reload',
      'separator',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ]);
  });

  it('offers developer tools only when not packaged', () => {
    expect(roles(template({ isPackaged: true })[2])).not.toContain('toggleDevTools');
    expect(roles(template({ isPackaged: false })[2])).toContain('toggleDevTools');
  });

  it('on macOS starts with the application menu and closes windows from File', () => {
    const menu = template({ platform: 'darwin' });
    expect(menu[0]).toEqual({ role: 'appMenu' });
    expect(roles(menu[1])).toEqual([MENU_LABELS.en.referenceData, 'separator', 'close']);
  });

  it('About calls back, with the version shown in the chosen language', () => {
    let called = 0;
    const help = template({ onAbout: () => called++ })[3];
    const about = items(help)[0] as Item;
    expect(about.label).toBe('About CLAIR Desk');
    (about.click as () => void)();
    expect(called).toBe(1);
    expect(aboutText('en', '1.2.3').message).toBe('CLAIR Desk 1.2.3');
    expect(aboutText('ja', '1.2.3')).toMatchObject({ title: 'CLAIR Desk について', message: 'CLAIR Desk 1.2.3' });
  });

  it("File offers CLAIR's reference data, which calls back to open the import screen", () => {
    let opened = 0;
    const file = template({ onReferenceData: () => opened++ })[0];
    const item = items(file).find((i) => i.id === 'reference-data') as Item;
    expect(item.label).toBe("Load CLAIR's reference data…");
    expect(opened).toBe(0);
    (item.click as () => void)();
    expect(opened).toBe(1);
    expect(items(template({ labels: MENU_LABELS.ja })[0])[0]?.label).toBe('CLAIR の参照データを読み込む…');
    expect(REFERENCE_DATA_ROUTE).toBe('/reference-data');
    expect(routeScript(REFERENCE_DATA_ROUTE)).toBe('window.location.hash = "#/reference-data";');
    // A route is data in the script, never code.
    expect(routeScript('/x";alert(1);"')).toBe('window.location.hash = "#/x\\";alert(1);\\"";');
  });

  it('is labelled in Japanese when Japanese is chosen', () => {
    const menu = template({ labels: MENU_LABELS.ja });
    expect(menu.map((m) => m.label)).toEqual(['ファイル(&F)', '編集(&E)', '表示(&V)', 'ヘルプ(&H)']);
    expect(items(menu[1]).find((i) => i.role === 'paste')?.label).toBe('貼り付け');
  });

  it('has every label in both languages', () => {
    expect(Object.keys(MENU_LABELS.ja).sort()).toEqual(Object.keys(MENU_LABELS.en).sort());
    for (const label of [...Object.values(MENU_LABELS.en), ...Object.values(MENU_LABELS.ja)])
      expect(label.trim()).not.toBe('');
  });
});

describe('menuLanguage', () => {
  it('uses the saved language, else the system locale', () => {
    expect(menuLanguage('ja', 'en-US')).toBe('ja');
    expect(menuLanguage('en', 'ja')).toBe('en');
    expect(menuLanguage(null, 'ja-JP')).toBe('ja');
    expect(menuLanguage(undefined, 'th-TH')).toBe('en');
    expect(menuLanguage('fr', 'en-GB')).toBe('en');
  });
});
