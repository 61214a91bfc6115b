import { defineMessages } from '../define';

export const settings = defineMessages({
  en: {
    'settings.heading': 'Settings',
    'settings.language': 'Language',
    'settings.languageSystem': 'Follow the system',
    'settings.theme': 'Theme',
    'settings.themeSystem': 'Follow the system',
    'settings.themeLight': 'Light',
    'settings.themeDark': 'Dark',
    'settings.version': 'Version {version}',
  },
  ja: {
    'settings.heading': '設定',
    'settings.language': '言語',
    'settings.languageSystem': 'システムに従う',
    'settings.theme': 'テーマ',
    'settings.themeSystem': 'システムに従う',
    'settings.themeLight': 'ライト',
    'settings.themeDark': 'ダーク',
    'settings.version': 'バージョン {version}',
  },
});
