// The pane's "Bandingkan dengan file lain…" at port level: other .xlsx files (real bytes built with exceljs) read
// beside the open workbook and validated with it by the real engine; a nomenclature file picked in the pane.
import * as ExcelJS from "exceljs";
import { readCompanionFiles, readDocumentSet, findingPlace, readNomenclatureFile } from "../../src/excel/document-set";
import { validateWorkbook } from "../../src/core/validate";
import { readXlsx } from "../../src/xlsx/read";
import { documentSet, nomenclature } from "../cases/_relations/builders";
import { FakePort } from "../taskpane/fake-port";

jest.setTimeout(60000);

const bytesOf = async (wb: ExcelJS.Workbook) => (await wb.xlsx.writeBuffer()) as ArrayBuffer;
const picked = (name: string, buf: ArrayBuffer) => ({ name, arrayBuffer: async () => buf });

test("the open workbook and two other files are validated as one set; findings say which file they stand in", async () => {
  const set = documentSet(ExcelJS, "fires");
  const [own, ...others] = Object.entries(set.files);
  const port = new FakePort(await readXlsx(await bytesOf(own[1] as ExcelJS.Workbook), { name: own[0] }));
  const read = await readCompanionFiles([...await Promise.all(others.map(async ([n, wb]) => picked(n, await bytesOf(wb as ExcelJS.Workbook)))), picked("rusak.xlsx", new TextEncoder().encode("bukan xlsx").buffer as ArrayBuffer)]);
  expect(read.files.map((f) => f.name)).toEqual(["Renja 2025.xlsx", "PK Sekretaris.xlsx"]);
  expect(read.failed.map((f) => f.name)).toEqual(["rusak.xlsx"]);
  expect(read.failed[0].reason.id.length).toBeGreaterThan(10);

  const { snapshot, set: combined } = await readDocumentSet(port, read.files);
  // The open workbook keeps its sheet names, so its findings can still be selected in Excel.
  expect(snapshot.sheets.map((s) => s.name)).toEqual(["PK", "Renja 2025 › Rekap Anggaran", "PK Sekretaris › PK"]);
  const findings = validateWorkbook(snapshot).findings;
  const conflict = findings.find((f) => f.rule === "SAKIP-CONFLICT-001")!;
  expect(conflict.sheet).toBe("Renja 2025 › Rekap Anggaran");
  expect(findingPlace(combined, conflict)).toEqual({ inWorkbook: false, file: "Renja 2025.xlsx", sheet: "Rekap Anggaran" });
  expect(findingPlace(combined, { ...conflict, sheet: "PK" })).toEqual({ inWorkbook: true });
  // Without companions the workbook is read as it is.
  expect((await readDocumentSet(port, [])).snapshot.sheets.map((s) => s.name)).toEqual(["PK"]);
});

test("a nomenclature file picked in the pane checks codes", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Nomenklatur").addRows([["KODE", "NAMA"], ["X.XX.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"], ["X.XX.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"], ["X.XX.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah"]]);
  const nom = await readNomenclatureFile(picked("nomenklatur.xlsx", await bytesOf(wb)));
  expect(nom.size).toBe(3);
  const renja = await readXlsx(await bytesOf(nomenclature(ExcelJS, "fires")), { name: "renja.xlsx" });
  const codes = validateWorkbook(renja, { nomenclature: nom }).findings.filter((f) => f.rule.startsWith("SAKIP-NOMEN")).map((f) => `${f.rule} ${f.cell}`);
  expect(codes).toEqual(["SAKIP-NOMEN-002 B4", "SAKIP-NOMEN-001 A5"]);
});

