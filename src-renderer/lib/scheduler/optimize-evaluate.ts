/**
 * How well a set of FSRS parameters predicts a review log: log loss and RMSE(bins), computed as
 * fsrs-rs's `evaluate` does (fsrs-browser has no evaluation of its own), from ts-fsrs's memory
 * states and retrievability, on every review a day or more after the card's previous one.
 */
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import type { CardHistory } from './optimize-input';

export interface Evaluation {
  /** Mean binary cross-entropy of recalled (Hard/Good/Easy) against forgotten (Again). */
  logLoss: number;
  /** Root mean square of predicted minus actual recall over fsrs-rs's bins, weighted by size. */
  rmseBins: number;
  /** Reviews predicted. */
  reviews: number;
}

/** A predicted recall of exactly 0 or 1 would make one review's log loss infinite. */
const P_MIN = 1e-7;

export function evaluateParameters(
  histories: readonly CardHistory[],
  weights: readonly number[],
): Evaluation {
  const model = new FSRSAlgorithm(
    generatorParameters({ w: [...weights], enable_short_term: true }),
  );
  const bins = new Map<string, { predicted: number; recalled: number; count: number }>();
  let lossSum = 0;
  let reviews = 0;
  for (const history of histories) {
    let state: FSRSState | null = null;
    let longTermReviews = 0;
    let lapses = 0;
    for (const review of history) {
      if (state !== null && review.deltaDays > 0) {
        const p = Math.min(
          1 - P_MIN,
          Math.max(P_MIN, model.forgetting_curve(review.deltaDays, state.stability)),
        );
        const recalled = review.rating > 1 ? 1 : 0;
        lossSum -= recalled * Math.log(p) + (1 - recalled) * Math.log(1 - p);
        reviews++;
        // fsrs-rs counts this review among the long-term ones, plus one
        const key = binKey(review.deltaDays, longTermReviews + 2, lapses);
        const bin = bins.get(key) ?? { predicted: 0, recalled: 0, count: 0 };
        bin.predicted += p;
        bin.recalled += recalled;
        bin.count++;
        bins.set(key, bin);
        longTermReviews++;
        lapses += 1 - recalled;
      }
      state = model.next_state(state, review.deltaDays, review.rating);
    }
  }
  if (reviews === 0) {
    return { logLoss: Number.NaN, rmseBins: Number.NaN, reviews };
  }
  let squares = 0;
  for (const bin of bins.values()) {
    squares += (bin.predicted / bin.count - bin.recalled / bin.count) ** 2 * bin.count;
  }
  return { logLoss: lossSum / reviews, rmseBins: Math.sqrt(squares / reviews), reviews };
}

/**
 * fsrs-rs's `r_matrix_index`: the interval, the number of long-term reviews and of lapses, each
 * on a logarithmic scale, so that reviews alike are compared together.
 */
function binKey(deltaDays: number, length: number, lapses: number): string {
  const delta = Math.round(2.48 * 3.62 ** Math.floor(Math.log(deltaDays) / Math.log(3.62)) * 100);
  const len = Math.round(1.99 * 1.89 ** Math.floor(Math.log(length) / Math.log(1.89)));
  const lapse =
    lapses === 0 ? 0 : Math.round(1.65 * 1.73 ** Math.floor(Math.log(lapses) / Math.log(1.73)));
  return `${String(delta)}/${String(len)}/${String(lapse)}`;
}
