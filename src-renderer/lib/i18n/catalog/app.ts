import { defineMessages } from '../define';

export const app = defineMessages({
  en: {
    'app.title': 'Recall Deck',
    'nav.decks': 'Decks',
    'nav.settings': 'Settings',
    'error.title': 'Something went wrong',
    'error.dismiss': 'Dismiss',
    'common.cancel': 'Cancel',
    'common.close': 'Close',
    'common.loading': 'Loading…',
  },
  ja: {
    'app.title': 'Recall Deck',
    'nav.decks': 'デッキ',
    'nav.settings': '設定',
    'error.title': 'エラーが発生しました',
    'error.dismiss': '閉じる',
    'common.cancel': 'キャンセル',
    'common.close': '閉じる',
    'common.loading': '読み込み中…',
  },
});
