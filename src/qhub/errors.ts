// The one error type QHub's planner throws: QHub could not be installed (VenvError) or refused
// the config (QhubRunError). Callers catch this base once; the message is meant for the user.
export class QhubError extends Error {}
