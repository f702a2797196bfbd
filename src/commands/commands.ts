// Ribbon commands. Shared runtime: this runs in the same page as the task pane, so a command can open the
// pane and ask it to validate through a window event. The manifest's "Validasi" button (ShowTaskpane) needs
// no code; an ExecuteFunction button may use the action id below.
export const VALIDATE_ACTION = "validasiWorkbook";
export const VALIDATE_EVENT = "sakip:validate";

async function validateFromRibbon(event?: Office.AddinCommands.Event) {
  try {
    // SharedRuntime 1.1: bring the pane up, then ask it to run.
    if (Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) await Office.addin.showAsTaskpane();
    window.dispatchEvent(new Event(VALIDATE_EVENT));
  } finally {
    event?.completed();
  }
}

// Outside Office (preview, tests) there is nothing to register.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => {
    try {
      Office.actions?.associate(VALIDATE_ACTION, validateFromRibbon);
    } catch {
      // Older hosts without Office.actions: the ShowTaskpane button still works.
    }
  });
}
