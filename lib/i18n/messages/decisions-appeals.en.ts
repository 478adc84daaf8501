// English strings of appeals and the regulator referral report. Spread into ./en.ts.

export const decisionsAppealsEn = {
  "decisions.appeals.status.OPEN": "Open",
  "decisions.appeals.status.UPHELD": "Upheld",
  "decisions.appeals.status.REJECTED": "Rejected",
  "decisions.appeals.errors.accountChanged":
    "The account changed after you opened it (version {seen} then, {current} now). Reload the page and check it; nothing was recorded.",
  "decisions.appeals.errors.decisionNotFound": "Decision {decisionId} is not a decision of this account.",
  "decisions.appeals.errors.notAppealable":
    "Decision {decisionId} cannot be appealed: only a closure, limit reduction or freeze that is scheduled or in effect can be. Nothing was recorded.",
  "decisions.appeals.errors.alreadyOpen":
    "Appeal {appealId} against decision {decisionId} is already open (recorded by {name} on {date}). Nothing was recorded.",
  "decisions.appeals.errors.receivedInFuture": "The date the appeal was received cannot be in the future.",
  "decisions.appeals.errors.receivedBeforeDecision":
    "The appeal cannot have been received before decision {decisionId} was taken on {date}.",
  "decisions.appeals.errors.keyReused":
    "This form was already submitted by another officer or for another account. Reload the page and try again; nothing was recorded.",
  "decisions.appeals.errors.appealNotFound": "That appeal does not exist.",
  "decisions.appeals.errors.appealChanged":
    "Appeal {appealId} changed after you opened it. Reload the page to see it; nothing was changed.",
  "decisions.appeals.errors.decided.UPHELD": "Appeal {appealId} has already been upheld: its decision was reversed. Nothing was changed.",
  "decisions.appeals.errors.decided.REJECTED": "Appeal {appealId} has already been rejected. Nothing was changed.",
  "decisions.appeals.errors.reversalPending":
    "Reversal {decisionId}, which answers appeal {appealId}, is waiting for a senior officer's approval. It must be decided first; nothing was changed.",

  "decisions.report.errors.invalidId": "That is not a decision number.",
  "decisions.report.errors.notFound": "Decision {decisionId} does not exist.",
  "decisions.report.errors.notReferable":
    "Decision {decisionId} has no regulator referral report: there is one only for a closure for illegal use that has taken effect.",
  "decisions.report.errors.fontMissing":
    "The report cannot be produced on this server: the Chinese font it needs ({path}) is missing. Install the fonts-wqy-microhei package, or set PDF_CJK_FONT to a TrueType CJK font.",
  "decisions.report.title": "Regulator referral report",
  "decisions.report.subtitle": "Account {accountId}, closure decision {decisionId}",
  "decisions.report.generated": "Generated {date} by {name}. Confidential: contains the customer's personal data.",
  "decisions.report.section.account": "Account",
  "decisions.report.section.customer": "Customer",
  "decisions.report.section.evidence": "Evidence at the proposal",
  "decisions.report.section.chain": "Decisions on this account",
  "decisions.report.section.appeals": "Appeals",
  "decisions.report.section.audit": "Audit record of the closure",
  "decisions.report.field.accountId": "Account number",
  "decisions.report.field.status": "Status",
  "decisions.report.field.openedOn": "Opened on",
  "decisions.report.field.region": "Region",
  "decisions.report.field.creditLimit": "Credit limit",
  "decisions.report.field.outstanding": "Outstanding",
  "decisions.report.field.overdueAmount": "Overdue amount",
  "decisions.report.field.currentDpd": "Days past due",
  "decisions.report.field.fullName": "Full name",
  "decisions.report.field.nationalId": "National ID",
  "decisions.report.field.phone": "Phone",
  "decisions.report.field.birthYear": "Year of birth",
  "decisions.report.field.language": "Language",
  "decisions.report.language.EN": "English",
  "decisions.report.language.ZH": "Chinese",
  "decisions.report.evidence.asOf": "Figures as of",
  "decisions.report.evidence.noFlags": "No open flags at the proposal.",
  "decisions.report.evidence.flag": "{rule} ({severity}), raised {date}",
  "decisions.report.chain.heading": "Decision {id}: {kind} ({status})",
  "decisions.report.chain.reasons": "Reasons",
  "decisions.report.chain.note": "Proposal note",
  "decisions.report.chain.proposed": "Proposed by {name}, {date}",
  "decisions.report.chain.decided": "Decided by {name}, {date}",
  "decisions.report.chain.decisionNote": "Decision note",
  "decisions.report.chain.effective": "Effective {date}",
  "decisions.report.chain.appeal": "Answers appeal {id}",
  "decisions.report.appeals.none": "No appeals.",
  "decisions.report.appeals.item": "Appeal {id}, received {date}: {status}",
  "decisions.report.appeals.statement": "Customer's statement",
  "decisions.report.appeals.outcome": "Reason given to the customer",
  "decisions.report.audit.intro":
    "The audit events of the closure decision, with their sequence number and hash (SHA-256 of the previous hash and the event): check them against the audit trail.",
  "decisions.report.audit.item": "Event {seq}: {action}, {date}, by {actor}",
  "decisions.report.page": "Page {page} of {pages}",
} as const;
