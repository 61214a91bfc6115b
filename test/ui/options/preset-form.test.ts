import { describe, expect, it } from 'vitest';
import { DEFAULT_DECK_OPTIONS } from '../../../src-renderer/lib/scheduler/deck-options';
import { formOf, readForm } from '../../../src-renderer/ui/options/preset-form';

const form = formOf(DEFAULT_DECK_OPTIONS);

describe('preset form', () => {
  it('shows the options as text and reads them back unchanged', () => {
    expect(form).toMatchObject({
      learningSteps: '1m 10m',
      relearningSteps: '10m',
      rolloverHour: '4',
    });
    expect(readForm(form, DEFAULT_DECK_OPTIONS)).toEqual({ options: DEFAULT_DECK_OPTIONS });
  });

  it('reads edited fields, keeping what the form does not show', () => {
    const weights = Array.from({ length: 21 }, () => 0.5);
    const edited = { ...form, learningSteps: ' 5m  1h ', newPerDay: '5', desiredRetention: '0.85' };
    expect(readForm(edited, { ...DEFAULT_DECK_OPTIONS, weights })).toEqual({
      options: {
        ...DEFAULT_DECK_OPTIONS,
        weights,
        learningSteps: ['5m', '1h'],
        newPerDay: 5,
        desiredRetention: 0.85,
      },
    });
  });

  it('names every field that fails, blank numbers included', () => {
    const bad = {
      ...form,
      newPerDay: '',
      learningSteps: '1m ten',
      desiredRetention: '90%',
      rolloverHour: '25',
    };
    expect(readForm(bad, DEFAULT_DECK_OPTIONS)).toEqual({
      invalid: ['newPerDay', 'learningSteps', 'desiredRetention', 'rolloverHour'],
    });
  });
});
