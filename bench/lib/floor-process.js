// The floor as its own process (plain JS, no TypeScript hook), to time against bin/sakip-validate.js end to end:
// exceljs opens the .xlsx given (or every .xlsx of the folder given, for a document set) and touches every cell.
/* eslint-disable no-undef */
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const { touchWorkbook } = require("./touch");

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
    const t = touchWorkbook(wb);
    cells += t.cells;
    checksum += t.checksum;
  }
  process.stdout.write(`${cells} ${checksum}\n`);
})();
