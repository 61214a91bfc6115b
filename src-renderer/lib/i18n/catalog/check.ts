import { defineMessages } from '../define';

/** The reasons of a type-in verdict, one per finding kind (lib/check/findings.ts). */
export const check = defineMessages({
  en: {
    'check.wrong-tool': 'This card asks for a command of {expected}, not {typed}.',
    'check.unknown-command': '{slot} has no sub-command “{typed}”.',
    'check.wrong-command': 'Another sub-command: {typed} instead of {expected}.',
    'check.wrong-command.none': 'Another command: the answer has no sub-command, not {typed}.',
    'check.unknown-option': 'Unknown option {typed}.',
    'check.ambiguous-option': '{typed} could be any of {note}.',
    'check.missing-value': '{slot} needs a value.',
    'check.unexpected-value': '{slot} takes no value, but was given {typed}.',
    'check.missing-argument': 'Missing argument {slot} ({expected}).',
    'check.missing-option': 'Missing option {expected}.',
    'check.extra-argument': 'Extra argument {typed}: the command takes no more.',
    'check.wrong-type.int': '{slot} must be an integer, not {typed}.',
    'check.wrong-type.float': '{slot} must be a number, not {typed}.',
    'check.wrong-type.size':
      '{slot} must be a size (a number, optionally with k, M, G, T, P or E), not {typed}.',
    'check.before-sub-command':
      '{slot} reads its sub-command only as the first word: {typed} before it breaks the command.',
    'check.no-answer': 'No answer typed.',
    'check.changes-target':
      'This card leaves {slot} out; {typed} there makes it another operation.',
    'check.abbreviated-command': '{typed} is short for {slot} {expected}.',
    'check.wrong-choice': '{slot} must be one of {note}, not {typed}.',
    'check.invalid-value': 'The tool refuses this: {note}',
    'check.wrong-value': '{slot} is {expected} on this card, not {typed}.',
    'check.wrong-placeholder': 'In the place of {expected} ({slot}) you wrote {typed}.',
    'check.adds-option': 'Also {slot}: {note}',
    'check.adds-option.bare': 'Also {slot}.',
    'check.adds-values': 'More {slot}: {typed}.',
    'check.did-you-mean': 'Did you mean {suggestion}?',
    'check.reasons': 'Why',
    'check.diff-missing': 'Missing: {words}.',
    'check.diff-extra': 'Not in the expected answer: {words}.',
    'check.diff-other': 'Not the expected answer.',
    'check.diff-moved': 'In another place: {words}.',
    'check.unknown-options':
      'The options of {slot} are not known to the checker: compare with the answer yourself.',
    'check.redirection':
      'You redirect with {typed} where the answer has {expected}: the checker cannot tell whether that does the same. Compare them yourself.',
    'check.redirection.added':
      'You redirect with {typed}, which the answer does not: the checker cannot tell whether that changes what it does. Compare them yourself.',
    'check.redirection.left-out':
      'The answer redirects with {expected}, which you do not: the checker cannot tell whether that changes what it does. Compare them yourself.',
  },
  ja: {
    'check.wrong-tool': 'このカードは {typed} ではなく {expected} のコマンドです。',
    'check.unknown-command': '{slot} にサブコマンド「{typed}」はありません。',
    'check.wrong-command': '別のサブコマンドです: {expected} ではなく {typed}。',
    'check.wrong-command.none':
      '別のコマンドです: 正答にはサブコマンドがありません（{typed} ではありません）。',
    'check.unknown-option': '{typed} というオプションはありません。',
    'check.ambiguous-option': '{typed} は {note} のどれとも取れます。',
    'check.missing-value': '{slot} には値が必要です。',
    'check.unexpected-value': '{slot} は値を取りませんが、{typed} が付いています。',
    'check.missing-argument': '引数 {slot}（{expected}）がありません。',
    'check.missing-option': 'オプション {expected} がありません。',
    'check.extra-argument': '余分な引数 {typed}: このコマンドはこれ以上取りません。',
    'check.wrong-type.int': '{slot} は整数です（{typed} ではありません）。',
    'check.wrong-type.float': '{slot} は数値です（{typed} ではありません）。',
    'check.wrong-type.size':
      '{slot} はサイズです（数値、または k・M・G・T・P・E 付きの数値。{typed} ではありません）。',
    'check.before-sub-command':
      '{slot} はサブコマンドを最初の語としてしか読みません: その前の {typed} でコマンドが失敗します。',
    'check.no-answer': '答えが入力されていません。',
    'check.changes-target':
      'このカードは {slot} を指定しません。{typed} を指定すると別の操作になります。',
    'check.abbreviated-command': '{typed} は {slot} {expected} の省略形です。',
    'check.wrong-choice': '{slot} は {note} のいずれかです（{typed} ではありません）。',
    'check.invalid-value': 'ツールが受け付けません: {note}',
    'check.wrong-value': 'このカードの {slot} は {expected} です（{typed} ではありません）。',
    'check.wrong-placeholder': '{expected}（{slot}）の位置に {typed} と書いています。',
    'check.adds-option': '{slot} も指定しています: {note}',
    'check.adds-option.bare': '{slot} も指定しています。',
    'check.adds-values': '{slot} を追加しています: {typed}。',
    'check.did-you-mean': '{suggestion} のことですか？',
    'check.reasons': '理由',
    'check.diff-missing': '足りないもの: {words}。',
    'check.diff-extra': '正答にないもの: {words}。',
    'check.diff-other': '正答と違います。',
    'check.diff-moved': '位置が違うもの: {words}。',
    'check.unknown-options':
      'チェッカーは {slot} のオプションを知りません。正答とご自身で見比べてください。',
    'check.redirection':
      '正答の {expected} の代わりに {typed} でリダイレクトしています。同じ結果になるか、チェッカーには判断できません。ご自身で見比べてください。',
    'check.redirection.added':
      '正答にないリダイレクト {typed} があります。結果が変わるか、チェッカーには判断できません。ご自身で見比べてください。',
    'check.redirection.left-out':
      '正答のリダイレクト {expected} がありません。結果が変わるか、チェッカーには判断できません。ご自身で見比べてください。',
  },
});
