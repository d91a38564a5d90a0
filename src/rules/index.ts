// The rules' public surface: the workbook layer, the task pane and the command line import from
// here, never from the files behind it.

export * from "./types";
export { bandOf, bandRank } from "./bands";
export { formatDate, isRealDate } from "./dates";
export { meetingFiguresOnly } from "./figures";
export { exclusionKindOf, exclusionOf, exclusionReasonText } from "./eligibility";
export { checkVoteParts } from "./parts";
export { formatPercent, percentOf } from "./percent";
export {
  checkPlaces,
  placeKindOf,
  type ConsolidatedPerson,
  type PlaceKind,
  type PlaceMeeting,
  type PlaceResult,
  type PlacesResult,
} from "./places";
export {
  formatAction,
  formatProblem,
  ruleProblem,
  RULE_PROBLEMS,
  type ProblemCatalogue,
  type ProblemParams,
  type ProblemSpec,
  type RuleProblemCode,
} from "./problems";
export { quorumMet, quorumRequired } from "./quorum";
export { rankByTopLevel, type RankedPerson } from "./ranking";
export {
  bandConsequence,
  bandName,
  bandsOf,
  isQuorumBlocking,
  levelName,
  levelsOf,
  lowLevelOf,
  quorumLabel,
  quorumRuleText,
  quorumStateName,
  regulationName,
  minutesNotes,
  topLevelOf,
} from "./regulations";
export { tally } from "./tally";
export { foldText } from "./text";
