import { ContractChecklistFacts } from './checklist-facts';
import { ChecklistRule, fail, pass, warn } from './checklist-item';
import { dayOf, isPast, withinDays } from './time-facts';

const REVIEW_WINDOW_DAYS = 30;

/** Item 7: the QA plan is followed: enough reviews in the last 30 days and a recent calibration. */
export const qaProgram: ChecklistRule<ContractChecklistFacts> = {
  key: 'qa_program',
  title: 'No QA program',
  evaluate({ terms, status, qa }, now) {
    const plan = terms.qaPlan;
    if (!plan)
      return fail(
        ['No QA plan in the contract'],
        'Set a QA plan with a monthly review target and a calibration cadence, and start reviewing.',
      );
    const target = plan.monthlyReviewTarget;
    const cadence = plan.calibrationCadenceDays;
    const recent = qa.recentReviewTimes.filter(
      (at) => isPast(at, now) && withinDays(at, REVIEW_WINDOW_DAYS, now),
    ).length;
    const enoughReviews = target !== undefined && recent >= target;
    const calibration = qa.lastCalibration;
    const calibrated = cadence !== undefined && calibration !== null && withinDays(calibration.at, cadence, now);
    const evidence = [
      `${recent} QA reviews in the last ${REVIEW_WINDOW_DAYS} days (target ${target === undefined ? 'not set' : `${target} a month`})`,
      calibration
        ? `Last calibration session '${calibration.group}' on ${dayOf(calibration.at)} (${cadence === undefined ? 'no cadence agreed' : `agreed every ${cadence} days`})`
        : 'No calibration session yet (two reviewers scoring the same interactions)',
    ];
    if (enoughReviews && calibrated) return pass(evidence);
    const recommendation = [
      ...(enoughReviews ? [] : [`review at least ${target ?? 'the target number of'} interactions a month`]),
      ...(calibrated
        ? []
        : [
            cadence === undefined
              ? 'agree a calibration cadence and hold a session'
              : `run a calibration session every ${cadence} days`,
          ]),
    ].join(' and ');
    const sentence = `${recommendation[0].toUpperCase()}${recommendation.slice(1)}.`;
    if (enoughReviews || calibrated || status !== 'live')
      return warn(status !== 'live' ? [...evidence, `Contract not live yet (${status})`] : evidence, sentence);
    return fail(evidence, sentence);
  },
};
