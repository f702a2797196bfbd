// The floor as its own process (plain JS, no TypeScript hook), to time against bin/sakip-validate.js end to end.
/* eslint-disable no-undef */
const ExcelJS = require("exceljs");

(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  let cells = 0;
  let checksum = 0;
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
  process.stdout.write(`${cells} ${checksum}\n`);
})();
