import { defineMessages } from '../define';

export const backup = defineMessages({
  en: {
    'backup.heading': 'Backups',
    'backup.autoNote':
      'Your whole collection, review history included, is backed up automatically when the app starts and after every 30 minutes of use in which something changed. The 10 newest backups and the newest of each of the last 30 days are kept.',
    'backup.webNote':
      'In the browser your collection lives in this browser’s storage, which can be cleared. Download a backup regularly and keep it somewhere safe.',
    'backup.backUpNow': 'Back up now',
    'backup.download': 'Download backup',
    'backup.restoreFromFile': 'Restore from file…',
    'backup.date': 'Date',
    'backup.size': 'Size',
    'backup.restore': 'Restore',
    'backup.restoreNamed': 'Restore the backup of {date}',
    'backup.none': 'No backups yet.',
    'backup.neverDownloaded': 'You have not downloaded a backup yet: download one now.',
    'backup.lastDownload': 'Last backup downloaded on {date}.',
    'backup.staleDownload':
      'Your last backup was downloaded {days} {days|day|days} ago, on {date}: download a fresh one.',
    'backup.backingUp': 'Backing up… {percent}%',
    'backup.restoring': 'Restoring… {percent}%',
    'backup.saved': 'Backup saved ({size}).',
    'backup.downloaded': 'Backup downloaded ({size}).',
    'backup.restored':
      'Restored {file}: {cards} {cards|card|cards}, {reviews} {reviews|review|reviews}.',
    'backup.confirmTitle': 'Restore this backup?',
    'backup.confirmContents':
      '{file} holds {cards} {cards|card|cards} and {reviews} {reviews|review|reviews}.',
    'backup.confirmReplace': 'Everything in the app now will be replaced by it.',
    'backup.confirmSavedFirst': 'The current data is saved as a new backup first.',
    'backup.confirmDownloadedFirst': 'A backup of the current data is downloaded first.',
    'backup.confirmRestore': 'Replace and restore',
    'backup.autoFailed': 'The automatic backup failed. {reason}',
    'backup.problem.not-backup': '{file} is not a Recall Deck backup.',
    'backup.problem.other-database':
      '{file} is a backup of another database ({name}), not of Recall Deck.',
    'backup.problem.newer-version':
      '{file} was made by a newer version of Recall Deck (data version {found}; this version reads version {supported}). Update the app to restore it.',
    'backup.problem.older-version':
      '{file} uses data version {found}, which this version of Recall Deck cannot read (it reads version {supported}).',
    'backup.problem.damaged':
      '{file} is damaged or incomplete, so nothing was restored. Your data is unchanged.',
    'backup.problem.import-failed':
      '{file} could not be restored ({reason}). Your data is unchanged.',
  },
  ja: {
    'backup.heading': 'バックアップ',
    'backup.autoNote':
      '復習履歴を含むコレクション全体を、起動時と、変更のあった利用 30 分ごとに自動でバックアップします。最新の 10 件と、過去 30 日間の各日の最新 1 件を保存します。',
    'backup.webNote':
      'ブラウザ版ではコレクションはこのブラウザのストレージに保存され、消去されることがあります。定期的にバックアップをダウンロードし、安全な場所に保管してください。',
    'backup.backUpNow': '今すぐバックアップ',
    'backup.download': 'バックアップをダウンロード',
    'backup.restoreFromFile': 'ファイルから復元…',
    'backup.date': '日時',
    'backup.size': 'サイズ',
    'backup.restore': '復元',
    'backup.restoreNamed': '{date} のバックアップを復元',
    'backup.none': 'バックアップはまだありません。',
    'backup.neverDownloaded':
      'まだバックアップをダウンロードしていません。今すぐダウンロードしてください。',
    'backup.lastDownload': '前回のバックアップのダウンロード: {date}',
    'backup.staleDownload':
      '前回のバックアップのダウンロードは {days} 日前（{date}）です。新しいバックアップをダウンロードしてください。',
    'backup.backingUp': 'バックアップ中… {percent}%',
    'backup.restoring': '復元中… {percent}%',
    'backup.saved': 'バックアップを保存しました（{size}）。',
    'backup.downloaded': 'バックアップをダウンロードしました（{size}）。',
    'backup.restored': '{file} から復元しました: カード {cards} 枚、復習 {reviews} 件。',
    'backup.confirmTitle': 'このバックアップを復元しますか？',
    'backup.confirmContents': '{file} にはカード {cards} 枚と復習 {reviews} 件が含まれています。',
    'backup.confirmReplace': '現在のアプリ内のデータはすべてこの内容に置き換わります。',
    'backup.confirmSavedFirst': '現在のデータは先に新しいバックアップとして保存されます。',
    'backup.confirmDownloadedFirst': '現在のデータのバックアップが先にダウンロードされます。',
    'backup.confirmRestore': '置き換えて復元',
    'backup.autoFailed': '自動バックアップに失敗しました。{reason}',
    'backup.problem.not-backup': '{file} は Recall Deck のバックアップではありません。',
    'backup.problem.other-database':
      '{file} は別のデータベース（{name}）のバックアップで、Recall Deck のものではありません。',
    'backup.problem.newer-version':
      '{file} は新しいバージョンの Recall Deck で作成されています（データバージョン {found}、このバージョンが読めるのは {supported}）。復元するにはアプリを更新してください。',
    'backup.problem.older-version':
      '{file} のデータバージョン {found} は、このバージョンの Recall Deck では読めません（読めるのは {supported}）。',
    'backup.problem.damaged':
      '{file} は壊れているか不完全なため、何も復元しませんでした。データは変更されていません。',
    'backup.problem.import-failed':
      '{file} を復元できませんでした（{reason}）。データは変更されていません。',
  },
});
