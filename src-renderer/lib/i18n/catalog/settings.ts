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
    'settings.limits': 'Daily limits',
    'settings.newPerDay': 'New cards/day',
    'settings.reviewsPerDay': 'Maximum reviews/day',
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
    'settings.limits': '1日の上限',
    'settings.newPerDay': '新規カード/日',
    'settings.reviewsPerDay': '復習の上限/日',
    'settings.version': 'バージョン {version}',
  },
});
