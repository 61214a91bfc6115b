import { defineMessages } from '../define';

export const optimize = defineMessages({
  en: {
    'optimize.heading': 'Optimize the FSRS parameters',
    'optimize.intro':
      'Fit the FSRS parameters to your own reviews of the decks that use this preset, imported Anki reviews included. Log loss and RMSE show how well the parameters predict those reviews: lower is better.',
    'optimize.optimize': 'Optimize',
    'optimize.evaluate': 'Evaluate',
    'optimize.cancel': 'Cancel',
    'optimize.apply': 'Apply',
    'optimize.reading': 'Reading the review log…',
    'optimize.step.evaluate-current': 'Evaluating the current parameters…',
    'optimize.step.train': 'Training…',
    'optimize.step.train-epoch': 'Training: pass {epoch} of {epochs} done',
    'optimize.step.evaluate-fitted': 'Evaluating the new parameters…',
    'optimize.cancelled': 'Cancelled. Nothing was changed.',
    'optimize.tooFew':
      'Not enough reviews to optimize: {have} {have|review|reviews} a day or more after the previous one of the same card, and the optimizer needs at least {needed}. Keep studying, or import your Anki review history.',
    'optimize.notFitted':
      'The optimizer could not fit all parameters to these {have} {have|review|reviews}: it needs more cards reviewed again on later days (reviews it finds unusual are set aside). The parameters stay as they are.',
    'optimize.noReviews': 'There are no reviews to evaluate yet.',
    'optimize.failed': 'The optimizer failed: {message}',
    'optimize.metric': 'Measure',
    'optimize.current': 'Current parameters',
    'optimize.fitted': 'Optimized parameters',
    'optimize.logLoss': 'Log loss',
    'optimize.rmse': 'RMSE (bins)',
    'optimize.reviews': 'Reviews evaluated',
    'optimize.fitTime': 'Fitted on {reviews} {reviews|review|reviews} in {seconds} s.',
    'optimize.parametersInUse': 'Parameters in use',
    'optimize.parametersFitted': 'Optimized parameters (not applied yet)',
    'optimize.defaultParameters': 'Default parameters (not yet optimized)',
    'optimize.applied': 'The optimized parameters now schedule this preset’s decks.',
    'optimize.worse':
      'The optimized parameters predict your reviews no better than the current ones; applying them is not recommended.',
  },
  ja: {
    'optimize.heading': 'FSRS パラメータの最適化',
    'optimize.intro':
      'このプリセットを使うデッキのあなた自身の復習記録（インポートした Anki の復習記録を含む）に FSRS パラメータを合わせます。Log loss と RMSE は、パラメータがその復習をどれだけよく予測するかを示します（小さいほど良い）。',
    'optimize.optimize': '最適化',
    'optimize.evaluate': '評価',
    'optimize.cancel': 'キャンセル',
    'optimize.apply': '適用',
    'optimize.reading': '復習記録を読み込んでいます…',
    'optimize.step.evaluate-current': '現在のパラメータを評価しています…',
    'optimize.step.train': '学習しています…',
    'optimize.step.train-epoch': '学習中: {epochs} 回中 {epoch} 回目まで完了',
    'optimize.step.evaluate-fitted': '新しいパラメータを評価しています…',
    'optimize.cancelled': 'キャンセルしました。何も変更していません。',
    'optimize.tooFew':
      '最適化に必要な復習が足りません: 同じカードの前回の復習から1日以上あけた復習が {have} 件で、最低 {needed} 件必要です。学習を続けるか、Anki の復習記録をインポートしてください。',
    'optimize.notFitted':
      'この {have} 件の復習ではすべてのパラメータを合わせられませんでした。後日にもう一度復習したカードがもっと必要です（外れ値とみなした復習は除きます）。パラメータは変更していません。',
    'optimize.noReviews': '評価できる復習がまだありません。',
    'optimize.failed': '最適化に失敗しました: {message}',
    'optimize.metric': '指標',
    'optimize.current': '現在のパラメータ',
    'optimize.fitted': '最適化したパラメータ',
    'optimize.logLoss': 'Log loss',
    'optimize.rmse': 'RMSE (bins)',
    'optimize.reviews': '評価した復習',
    'optimize.fitTime': '{reviews} 件の復習で {seconds} 秒かけて求めました。',
    'optimize.parametersInUse': '使用中のパラメータ',
    'optimize.parametersFitted': '最適化したパラメータ（未適用）',
    'optimize.defaultParameters': '既定のパラメータ（未最適化）',
    'optimize.applied': '最適化したパラメータで、このプリセットのデッキをスケジュールします。',
    'optimize.worse':
      '最適化したパラメータは現在のものより復習をよく予測できていません。適用はおすすめしません。',
  },
});
