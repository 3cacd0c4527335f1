import { ContractChecklistFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';
import { dayOf, withinDays } from './time-facts';

const REVIEW_WINDOW_DAYS = 30;

/** Item 7: the QA plan is followed: enough reviews in the last 30 days and a recent calibration. */
export const qaProgram: ChecklistRule<ContractChecklistFacts> = {
  key: 'qa_program',
  title: 'No QA program',
  evaluate({ terms, status, qa }, now) {
    const plan = terms.qaPlan;
    if (!plan)
      return fail(
        ['no qaPlan'],
        'Set a QA plan with a monthly review target and a calibration cadence, and start reviewing.',
      );
    const target = plan.monthlyReviewTarget;
    const cadence = plan.calibrationCadenceDays;
    const recent = qa.recentReviewTimes.filter(
      (at) => at <= now.toISOString() && withinDays(at, REVIEW_WINDOW_DAYS, now),
    ).length;
    const enoughReviews = target !== undefined && recent >= target;
    const calibration = qa.lastCalibration;
    const calibrated = cadence !== undefined && calibration !== null && withinDays(calibration.at, cadence, now);
    const evidence = [
      `${recent} reviews in the last ${REVIEW_WINDOW_DAYS} days (target ${target ?? 'not set'})`,
      calibration
        ? `last calibration group '${calibration.group}' ${dayOf(calibration.at)} (cadence ${cadence ?? 'not set'} days)`
        : 'no calibration group with ≥ 2 reviews',
    ];
    if (enoughReviews && calibrated) return pass(evidence);
    const recommendation = [
      ...(enoughReviews ? [] : [`review at least ${target ?? 'the target number of'} interactions a month`]),
      ...(calibrated ? [] : [`run a calibration session every ${cadence ?? 'N'} days`]),
    ].join(' and ');
    const sentence = `${recommendation[0].toUpperCase()}${recommendation.slice(1)}.`;
    if (enoughReviews || calibrated || status !== 'live')
      return warn(status !== 'live' ? [...evidence, `contract not live (status ${status})`] : evidence, sentence);
    return fail(evidence, sentence);
  },
};
