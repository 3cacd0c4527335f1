/**
 * The summary and description of every operation of the API, keyed by `METHOD /path` (below /api/v1), for the
 * operations whose controller does not word them with @ApiOperation. `test/openapi.e2e-spec.ts` fails when an
 * operation has neither.
 */
export interface OperationText {
  summary: string;
  description: string;
}

const op = (summary: string, description: string): OperationText => ({ summary, description });
const history = (aggregate: string) =>
  op(
    `${aggregate} history`,
    `The ${aggregate.toLowerCase()}'s own events, oldest first, in the shape of GET /audit/events (role rules as for the ${aggregate.toLowerCase()}).`,
  );

export const OPERATIONS: Record<string, OperationText> = {
  'GET /health': op(
    'Health',
    'The database and every projection with its position and lag (events not yet applied). Needs no token; 503 when the database is down.',
  ),
  'POST /auth/login': op(
    'Sign in',
    'Exchanges an email and password for a bearer token. Five failures for one email within 15 minutes lock it for 15 minutes (429).',
  ),
  'GET /auth/me': op('The signed-in user', 'The user the bearer token belongs to: id, email, roles and vendor.'),
  'POST /users': op(
    'Create a user',
    'Registers a user with roles (a `vendor` user also names its vendor). Admin only.',
  ),
  'GET /users': op('List users', 'Every user with roles and status, paginated. Admin only.'),
  'GET /users/{id}': op('Get a user', 'One user with roles and status. Admin only.'),
  'POST /users/{id}/disable': op('Disable a user', "Disables the user; the user's tokens stop working at once."),
  'GET /audit/events': op(
    'Audit trail',
    'The raw events of the store with actor, request and correlation ids, filtered by stream, type, actor and time (admin, auditor).',
  ),

  'POST /vendors': op(
    'Register a vendor',
    'Registers a vendor as a `prospect` with its channels, languages and sites. The name is unique (409 VENDOR_NAME_TAKEN).',
  ),
  'GET /vendors': op('List vendors', 'Vendors filtered by status and name, with their latest evaluation score.'),
  'GET /vendors/{id}': op(
    'Get a vendor',
    'One vendor with its status, evaluation, reference checks and due diligence.',
  ),
  'GET /vendors/{id}/history': history('Vendor'),
  'POST /vendors/{id}/evaluations': op(
    'Evaluate a vendor',
    'Scores the vendor on weighted criteria (weights must not sum to zero: 422); the weighted score is computed by the server.',
  ),
  'POST /vendors/{id}/reference-checks': op(
    'Log a reference check',
    'Records a reference check (who was called and what they said) for the vetting items of the checklist.',
  ),
  'POST /vendors/{id}/due-diligence': op(
    'Log due diligence',
    'Records a due-diligence item (security, financial, legal…) with its outcome.',
  ),
  'POST /vendors/{id}/approve': op(
    'Approve a vendor',
    'Approves a prospect. Needs an evaluation first (422 EVALUATION_REQUIRED); a rejected vendor cannot be approved (409 INVALID_STATUS).',
  ),
  'POST /vendors/{id}/reject': op('Reject a vendor', 'Rejects a prospect with a reason.'),
  'POST /vendors/{id}/suspend': op('Suspend a vendor', 'Suspends an active vendor with a reason; its contracts stay.'),
  'POST /vendors/{id}/reinstate': op('Reinstate a vendor', 'Lifts a suspension.'),
  'POST /vendors/{id}/offboard': op(
    'Offboard a vendor',
    'Ends the relationship with the vendor; it is no longer ranked.',
  ),
  'POST /vendors/{id}/roster-reports': op(
    'Report the roster',
    "Records the vendor's headcount, joiners and leavers for a month: the attrition figures of performance and ranking.",
  ),

  'POST /contracts': op(
    'Draft a contract',
    'Drafts a contract with a vendor: channels (each one the vendor offers, else 422 CHANNEL_NOT_OFFERED), fees, goals, coverage, governance and QA plan.',
  ),
  'GET /contracts': op('List contracts', 'Contracts filtered by vendor and status.'),
  'GET /contracts/{id}': op('Get a contract', 'One contract with its terms, status and milestones.'),
  'PATCH /contracts/{id}': op(
    'Amend a contract',
    'Changes terms; an amendment takes effect from the moment it is recorded and never reprices earlier SLA periods.',
  ),
  'GET /contracts/{id}/history': history('Contract'),
  'POST /contracts/{id}/sign': op(
    'Sign a contract',
    'Signs a draft: from the signing date on its SLA periods count (earlier periods accrue no service credits).',
  ),
  'POST /contracts/{id}/onboarding-milestones': op(
    'Complete an onboarding milestone',
    'Records an onboarding milestone (training, systems access…) of a signed contract.',
  ),
  'POST /contracts/{id}/go-live': op(
    'Go live',
    'Moves a signed contract to `live`: the vendor handles real customers.',
  ),
  'POST /contracts/{id}/governance-reviews': op(
    'Record a governance review',
    'Records a governance review (attendees, outcome, actions) for the governance items of the checklist.',
  ),
  'POST /contracts/{id}/terminate': op(
    'Terminate a contract',
    'Ends the contract with a reason and an effective date.',
  ),

  'GET /slas/{id}': op(
    'Get an SLA',
    'One SLA with its objective, target, status and measured periods; as CSV (Accept: text/csv) one row per period.',
  ),
  'PATCH /slas/{id}': op('Revise an SLA', 'Changes the target or window; periods already final keep their verdict.'),
  'GET /slas/{id}/history': history('SLA'),
  'POST /slas/{id}/retire': op(
    'Retire an SLA',
    'Stops measuring the SLA; its past periods stay in the compliance report.',
  ),
  'POST /slas/{id}/measurements': op(
    'Record a measurement',
    "Records a period's measured value (vendor-reported or manual); the period's verdict (met, breached) follows.",
  ),
  'GET /slas/{id}/periods/{periodStart}/evidence': op(
    "A period's evidence",
    'Every interaction behind a computed figure and how it counted (met, missed, or excluded with its reason), classified as when the figure was measured, so the met and missed records reproduce value and sample size; the definition revision measured with; JSON or CSV (Accept: text/csv, every row without limit and offset).',
  ),
  'POST /slas/{id}/periods/{periodStart}/disputes': op(
    'Dispute an SLA period',
    "The vendor disputes a period's figure within the contract's SLA dispute window, with its reason and evidence.",
  ),
  'POST /slas/{id}/periods/{periodStart}/dispute-resolution': op(
    'Resolve an SLA period dispute',
    'Operations or procurement uphold the figure or adjust it; an adjusted figure counts (source `dispute`) and the credit follows.',
  ),
  'POST /contracts/{id}/slas': op(
    'Define an SLA',
    'Defines an SLA of a contract: the metric, target and period; computed SLAs are measured from ingested interactions.',
  ),
  'GET /contracts/{id}/compliance': op(
    'SLA compliance and service credits',
    'Every SLA of the contract with its periods (met, breached, insufficient data) and the service credits the breaches earn, capped per month.',
  ),

  'POST /scorecards': op('Publish a scorecard', 'Publishes a QA scorecard: criteria with weights and auto-fail items.'),
  'GET /scorecards': op('List scorecards', 'The published scorecards with their current revision.'),
  'POST /scorecards/{id}/revisions': op(
    'Revise a scorecard',
    'Publishes a new revision; reviews keep the revision they were scored with.',
  ),
  'GET /scorecards/{id}': op('Get a scorecard', 'One scorecard with its criteria and revisions.'),
  'GET /scorecards/{id}/history': history('Scorecard'),
  'POST /qa-reviews': op(
    'Submit a QA review',
    "Scores an interaction of a contract on a scorecard. The interaction's channel must be one of the contract's (422 CHANNEL_NOT_IN_CONTRACT).",
  ),
  'GET /qa-reviews': op('List QA reviews', 'QA reviews filtered by contract, agent, status and interaction date.'),
  'POST /qa-reviews/{id}/disputes': op(
    'Dispute a QA review',
    'The vendor disputes a review within the dispute window (409 DISPUTE_WINDOW_CLOSED, DISPUTE_ALREADY_OPEN).',
  ),
  'POST /qa-reviews/{id}/dispute-resolution': op(
    'Resolve a dispute',
    'Upholds or overturns a disputed review, with a note; an overturned review is re-scored.',
  ),
  'POST /qa-reviews/{id}/acknowledgement': op('Acknowledge feedback', "The vendor acknowledges a review's feedback."),
  'GET /qa-reviews/{id}': op('Get a QA review', 'One review with its answers, score, auto-fails and dispute.'),
  'GET /qa-reviews/{id}/history': history('QA review'),
  'GET /contracts/{id}/qa-summary': op(
    'QA summary',
    'Average score, auto-fail rate and calibration of a contract over a period, by agent.',
  ),

  'POST /escalation-rules': op(
    'Define an escalation rule',
    'A trigger (SLA breaches, QA scores…) and a ladder of levels with who is notified and how long each may take.',
  ),
  'GET /escalation-rules': op('List escalation rules', 'Escalation rules filtered by contract and status.'),
  'GET /escalation-rules/{id}': op('Get an escalation rule', 'One rule with its trigger and levels.'),
  'PATCH /escalation-rules/{id}': op('Revise an escalation rule', 'Changes the trigger, severity or levels.'),
  'GET /escalation-rules/{id}/history': history('Escalation rule'),
  'POST /escalation-rules/{id}/disable': op('Disable an escalation rule', 'Stops the rule from opening escalations.'),
  'POST /escalation-rules/{id}/enable': op('Enable an escalation rule', 'Lets a disabled rule open escalations again.'),
  'GET /escalations': op(
    'List escalations',
    'Escalations filtered by contract, vendor, status and severity, newest first. Each item is a summary: its `timelineEntries` counts the steps that GET /escalations/{id} lists.',
  ),
  'GET /escalations/{id}': op(
    'Get an escalation',
    'One escalation with its cause, current level, deadline and its whole timeline.',
  ),
  'GET /escalations/{id}/history': history('Escalation'),
  'POST /escalations/{id}/acknowledge': op(
    'Acknowledge an escalation',
    'The current level acknowledges the escalation; the deadline clock of the level stops.',
  ),
  'POST /escalations/{id}/resolve': op('Resolve an escalation', 'Closes the escalation with a resolution.'),

  'GET /contracts/{id}/checklist': op(
    "A contract's checklist",
    "The twelve outsourcing mistakes judged on the contract: each item's status (pass, warn, fail) with its evidence, a risk score and a grade. The grade measures governance risk (how well the contract is set up and run), not the vendor's performance.",
  ),
  'GET /vendors/{id}/checklist': op(
    "A vendor's checklist",
    "Each item's worst status over the vendor's non-terminated contracts, with the deciding contracts' evidence. The grade measures governance risk, not performance.",
  ),
  'GET /vendors/{id}/performance': op(
    "A vendor's performance",
    'SLA attainment, QA average and auto-fail rate, escalations and attrition over a period, by contract and by month.',
  ),
  'GET /reports/vendor-ranking': op(
    'Vendor ranking',
    'Vendors ranked by a composite of SLA attainment, QA average, checklist risk and attrition, each component shown with its value, score and weight. A component without data is `insufficient_data`; vendors with fewer components with data rank after those with more.',
  ),
  'GET /reports/support-debt': op(
    'Support debt',
    'The four warning signs of support debt for a contract (SLAs constantly missed, escalations increasing, firefighting, customers repeating themselves), each with its signal, figures and trend.',
  ),
  'POST /calendars': op(
    'Define business hours',
    'A calendar of weekly business hours in a time zone, with holidays; SLAs measured in business minutes use it.',
  ),
  'GET /calendars': op('List calendars', 'The calendars with their time zone and current hours.'),
  'GET /calendars/{id}': op('Get a calendar', 'One calendar with its weekly hours, holidays and revisions.'),
  'GET /calendars/{id}/history': history('Calendar'),
  'POST /contracts/{id}/interactions': op(
    'Ingest interactions',
    'Streams tickets and calls (JSON or CSV, up to 50 MB) into a contract; rejected rows are listed, the computed SLAs re-measured.',
  ),
};
