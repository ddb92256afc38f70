import { describe, expect, it } from 'vitest';
import { costLine } from '../../src/core/render/cost-line.js';

describe('costLine', () => {
  it('shows every member that was computed, with its unit', () => {
    const line = costLine({
      premiumPerYear: [150000, 180000],
      onboardingEngineerMonths: [18, 36],
      rampEngineerMonthsPerYear: [3.6, 7.2],
      ciMinutesPerDay: 76.666,
    });
    expect(line).toBe(
      'Cost of Rust: pay premium $150,000–$180,000 a year · onboarding 18–36 engineer-months · ' +
        'ramp from attrition 3.6–7.2 engineer-months a year · CI 76.7 more build minutes a day',
    );
  });

  it('leaves out members whose inputs were absent, and says nothing when none was computed', () => {
    expect(
      costLine({
        premiumPerYear: null,
        onboardingEngineerMonths: null,
        rampEngineerMonthsPerYear: null,
        ciMinutesPerDay: 12,
      }),
    ).toBe('Cost of Rust: CI 12 more build minutes a day');
    const none = {
      premiumPerYear: null,
      onboardingEngineerMonths: null,
      rampEngineerMonthsPerYear: null,
      ciMinutesPerDay: null,
    };
    expect(costLine(none)).toBeUndefined();
    expect(costLine(null)).toBeUndefined();
  });

  it('ignores members of the wrong shape, as a report from another run may hold', () => {
    const forged = { premiumPerYear: ['<b>', 1], ciMinutesPerDay: '9' } as never;
    expect(costLine(forged)).toBeUndefined();
  });
});
