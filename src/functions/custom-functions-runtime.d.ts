// Minimal ambient types for Excel's CustomFunctions runtime global (the subset the wrappers use),
// instead of a dependency on @types/custom-functions-runtime. Values as documented (CustomFunctionsRuntime 1.2/1.3).
declare namespace CustomFunctions {
  class Error {
    constructor(errorCode?: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
  }
  function associate(id: string, functionObject: (...args: any[]) => any): void;
}
