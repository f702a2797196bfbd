/** @jest-environment jsdom */
// The ribbon command: registered with Office when Office is there, opens the pane and asks it to validate.
describe("commands", () => {
  afterEach(() => {
    delete (globalThis as any).Office;
    jest.resetModules();
  });

  test("outside Office nothing is registered and nothing throws", () => {
    expect(() => require("../../src/commands/commands")).not.toThrow();
  });

  test("in Office: 'validasiWorkbook' shows the pane, sends the validate event, completes the command", async () => {
    const associated: Record<string, (e?: any) => Promise<void>> = {};
    const shown: string[] = [];
    (globalThis as any).Office = {
      onReady: (cb?: () => void) => (cb?.(), Promise.resolve({ host: "Excel" })),
      actions: { associate: (id: string, fn: any) => (associated[id] = fn) },
      addin: { showAsTaskpane: async () => void shown.push("pane") },
      context: { requirements: { isSetSupported: (n: string) => n === "SharedRuntime" } },
    };
    const { VALIDATE_ACTION, VALIDATE_EVENT } = require("../../src/commands/commands");
    await Promise.resolve();
    expect(Object.keys(associated)).toEqual([VALIDATE_ACTION]);
    const asked: string[] = [];
    window.addEventListener(VALIDATE_EVENT, () => asked.push("validate"));
    let completed = false;
    await associated[VALIDATE_ACTION]({ completed: () => (completed = true) });
    expect(shown).toEqual(["pane"]);
    expect(asked).toEqual(["validate"]);
    expect(completed).toBe(true);
  });
});

import { numberOrNull } from "../../src/taskpane/components/SettingsPanel";

test("tolerances typed the Indonesian or the English way", () => {
  expect(numberOrNull("1.000")).toBe(1000);
  expect(numberOrNull("1.000.000")).toBe(1000000);
  expect(numberOrNull("1.000,50")).toBe(1000.5);
  expect(numberOrNull("0,5")).toBe(0.5);
  expect(numberOrNull("0.5")).toBe(0.5);
  expect(numberOrNull(" 250 ")).toBe(250);
  expect(numberOrNull("-1")).toBeNull();
  expect(numberOrNull("abc")).toBeNull();
  expect(numberOrNull("")).toBeNull();
  expect(numberOrNull("1,2,3")).toBeNull();
});
