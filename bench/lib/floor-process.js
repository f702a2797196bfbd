// The floor as its own process (plain JS, no TypeScript hook), to time against bin/sakip-validate.js end to end:
// exceljs opens the .xlsx given (or every .xlsx of the folder given, for a document set) and touches every cell.
/* eslint-disable no-undef */
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");

(async () => {
  const arg = process.argv[2];
  const files = fs.statSync(arg).isDirectory()
    ? fs.readdirSync(arg).filter((n) => n.endsWith(".xlsx")).sort().map((n) => path.join(arg, n))
    : [arg];
  let cells = 0;
  let checksum = 0;
  for (const file of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.eachSheet((ws) =>
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          const v = cell.value;
          cells++;
          if (typeof v === "number") checksum += v % 7;
          else if (typeof v === "string") checksum += v.length;
          if (cell.numFmt) checksum += 1;
        }),
      ),
    );
  }
  process.stdout.write(`${cells} ${checksum}\n`);
})();
