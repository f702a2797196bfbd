import { contextOf, correctWord, measureOf, scaleOf, scoreRole } from "../headerPath";
import { normHeader } from "../normalize";

describe("header paths", () => {
  it("forgives the spelling slips real sheets carry", () => {
    expect(correctWord("ANGGARN")).toBe("ANGGARAN");
    expect(correctWord("ANGARAN")).toBe("ANGARAN"); // a known slip: a phrase of its own in headers.ts
    expect(correctWord("JUMALH")).toBe("JUMLAH");
    expect(correctWord("REALIASI")).toBe("REALISASI");
    expect(correctWord("INDIKTOR")).toBe("INDIKATOR");
    // Short words and words far from every header word stay as written.
    expect(correctWord("PAGI")).toBe("PAGI");
    expect(correctWord("PELATIHAN")).toBe("PELATIHAN");
  });

  it("reads measures, scales, years and quarters from the path", () => {
    expect(measureOf("K")).toBe("K");
    expect(measureOf("Rp.")).toBe("Rp");
    expect(measureOf("(Rp)")).toBe("Rp");
    expect(measureOf("%")).toBe("%");
    expect(measureOf("Kegiatan")).toBeUndefined();
    expect(scaleOf("Alokasi (dalam juta rupiah)")).toBe(1e6);
    expect(scaleOf("Pagu (Rp. 000)")).toBe(1e3);
    expect(scaleOf("dalam ribuan rupiah")).toBe(1e3);
    expect(scaleOf("Anggaran (Rp)")).toBeUndefined();
    expect(contextOf(["Target Kinerja", "2026", "K"])).toEqual({ year: 2026, measure: "K" });
    expect(contextOf(["Realisasi Kinerja Pada Triwulan", "III", "Rp"])).toEqual({ quarter: 3, measure: "Rp" });
    expect(contextOf(["Realisasi Triwulan II", "Rp"])).toEqual({ quarter: 2, measure: "Rp" });
    expect(contextOf(["Alokasi (dalam juta rupiah)", "Tahun 2027"])).toEqual({ scale: 1e6, year: 2027 });
    expect(contextOf(["Jumlah", "Rp"]).aggregate).toBe("jumlah");
    expect(contextOf(["Kondisi Kinerja pada Akhir Periode Renstra"]).aggregate).toBe("akhir");
  });

  it("scores a role from the words of the whole path, the measure deciding the side", () => {
    const role = (parts: string[]) => scoreRole(parts.map(normHeader), contextOf(parts));
    expect(role(["Target Renja Perangkat Daerah Tahun Berjalan (2024) yang Dievaluasi", "K"])).toBe("target");
    expect(role(["Target Renja Perangkat Daerah Tahun Berjalan (2024) yang Dievaluasi", "Rp"])).toBe("pagu");
    expect(role(["Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Tahun Lalu", "K"])).toBe("realisasi");
    expect(role(["Realisasi Kinerja pada Triwulan", "II", "Rp"])).toBe("realisasi_anggaran");
    expect(role(["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah (%)", "K"])).toBe("capaian");
    expect(role(["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah (%)", "Rp"])).toBe("capaian_anggaran");
    expect(role(["Indikator Kinerja Program (outcome)/ Kegiatan (output)"])).toBe("indikator");
    expect(role(["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"])).toBe("uraian");
    expect(role(["Perangkat Daerah Penanggung Jawab"])).toBe("jabatan");
    expect(role(["Alokasi (dalam juta rupiah)", "2026"])).toBe("anggaran");
    expect(role(["Kendala yang dihadapi"])).toBeUndefined();
  });
});
