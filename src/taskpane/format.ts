// How a finding's numbers read in the pane: the presenters' one formatting module per language.
export { differenceText as formatDifference, shownValue, suggestionOf } from "../presenters/format";
