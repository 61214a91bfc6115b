import { defineMessages } from '../define';

/**
 * What the user reads for each error code and warning code (lib/i18n/error-messages.ts maps
 * them). `{where}` is `file:line: ` or nothing; `{detail}` is the English message lib wrote.
 */
export const errors = defineMessages({
  en: {
    'error.code.failed': '{where}it could not be done ({detail})',
    'error.code.parse': '{where}the file could not be read ({detail})',
    'error.code.invalid': '{where}invalid content ({detail})',
    'error.code.version': '{where}made by a newer version of the app; update the app to open it',
    'error.code.too-large': '{where}the file is too large ({detail})',
    'error.code.cancelled': 'Cancelled; nothing was changed.',
    'error.code.not-found': '{where}there is no such file.',
    'error.code.ring-builder': 'The ring builder refused: {detail}',
    'error.code.unknown-ring-template':
      'This ring card asks for a calculation this version of the app does not have ({detail}).',
    'error.code.internal': 'The app hit a bug of its own ({detail}). Please report it.',
    'error.unknown': 'An unexpected error stopped it.',
    'error.details': 'Details',
    'warning.apkg-unknown-template':
      'A card was skipped: its note type or card template is missing ({detail}).',
    'warning.apkg-empty-front': 'A card was skipped: its question is empty ({detail}).',
    'warning.empty-file': '{where}the file is empty: no cards.',
    'warning.no-cards': '{where}no cards were made from this file.',
    'warning.prose-without-card': '{where}this text made no card ({detail})',
    'warning.command-without-description':
      '{where}a command without a description makes no card ({detail})',
    'warning.unknown-subcommand': '{where}the tool’s help lists no such subcommand ({detail})',
    'warning.table-row-without-card': '{where}this table row has no second cell to ask about.',
    'warning.code-without-card': '{where}lines in this code block are not commands: no card.',
    'warning.duplicate-question':
      '{where}same question as an earlier card with another answer; only the first is kept ({detail})',
    'warning.empty-side': '{where}a card needs both a question and an answer.',
  },
  ja: {
    'error.code.failed': '{where}処理できませんでした ({detail})',
    'error.code.parse': '{where}ファイルを読み取れません ({detail})',
    'error.code.invalid': '{where}内容が正しくありません ({detail})',
    'error.code.version':
      '{where}新しいバージョンのアプリで作られたファイルです。アプリを更新してください',
    'error.code.too-large': '{where}ファイルが大きすぎます ({detail})',
    'error.code.cancelled': '取り消しました。何も変更されていません。',
    'error.code.not-found': '{where}そのファイルはありません。',
    'error.code.ring-builder': 'リングビルダーが受け付けませんでした: {detail}',
    'error.code.unknown-ring-template':
      'このリングカードの計算は、このバージョンのアプリにはありません ({detail})。',
    'error.code.internal': 'アプリ自身の不具合です ({detail})。報告してください。',
    'error.unknown': '予期しないエラーで中断しました。',
    'error.details': '詳細',
    'warning.apkg-unknown-template':
      'ノートタイプまたはカードのテンプレートがないカードをスキップしました ({detail})。',
    'warning.apkg-empty-front': '質問が空のカードをスキップしました ({detail})。',
    'warning.empty-file': '{where}ファイルが空です。カードはありません。',
    'warning.no-cards': '{where}このファイルからはカードが 1 枚も作られませんでした。',
    'warning.prose-without-card': '{where}この文からはカードを作りませんでした ({detail})',
    'warning.command-without-description':
      '{where}説明のないコマンドからはカードを作りません ({detail})',
    'warning.unknown-subcommand': '{where}ツールのヘルプにないサブコマンドです ({detail})',
    'warning.table-row-without-card': '{where}この表の行には問える 2 列目がありません。',
    'warning.code-without-card':
      '{where}このコードブロックの行はコマンドではないため、カードを作りません。',
    'warning.duplicate-question':
      '{where}前のカードと同じ質問で答えが違います。最初のカードだけを残します ({detail})',
    'warning.empty-side': '{where}カードには質問と答えの両方が必要です。',
  },
});
