import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentArrowUp16Regular, DocumentTable16Regular } from "@fluentui/react-icons";
import type { Finding } from "../../core/findings/finding";
import { PortError, type WorkbookPort } from "../../excel/port";
import type { PreviewPort } from "../../excel/preview-port";
import type { RuleInfo, ValidateFn } from "../types";
import { Lang, t } from "../i18n";
import { Pane } from "./Pane";
import { GridView } from "./GridView";

const useStyles = makeStyles({
  page: { padding: "8px", boxSizing: "border-box", maxWidth: "100%", display: "flex", flexDirection: "column", rowGap: "8px" },
  header: { display: "flex", alignItems: "center", columnGap: "8px" },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  split: {
    display: "flex",
    flexDirection: "column",
    rowGap: "10px",
    "@media (min-width: 760px)": { flexDirection: "row-reverse", columnGap: "16px", alignItems: "flex-start" },
  },
  side: { "@media (min-width: 760px)": { position: "sticky", top: "8px", flex: "1 1 50%", minWidth: 0 } },
  main: { flex: "1 1 50%", minWidth: 0 },
  open: { display: "flex", flexWrap: "wrap", columnGap: "8px", rowGap: "6px", alignItems: "center" },
});

export interface AppProps {
  validate: ValidateFn;
  rules: RuleInfo[];
  /** The Excel port when running inside Excel; absent outside Excel (preview mode). */
  port?: WorkbookPort;
  /** Outside Excel: the preview port (empty until a file is opened), made by the entry point. */
  preview?: PreviewPort;
  /** Sample workbooks bundled under samples/ (preview mode). */
  samples?: string[];
  /** Office.js was expected but did not answer (shown as a note in preview mode). */
  officeFailed?: boolean;
  /** Fetches a bundled sample; injectable for tests. */
  fetchSample?(name: string): Promise<ArrayBuffer>;
  initialLang?: Lang;
  /** A cell view drawn inside the card last opened (hosts and tests; the preview brings its own). */
  cellView?: React.ReactNode;
  /** Extra actions under a finding (fixes), given by the host. */
  renderExtra?(f: Finding): React.ReactNode;
}

/** Narrow panes draw the cell view inside the card the reader opened; wide ones beside the list. */
const WIDE = "(min-width: 760px)";
function useWide(): boolean {
  const q = () => typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(WIDE).matches;
  const [wide, setWide] = React.useState(q);
  React.useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const m = window.matchMedia(WIDE);
    const on = () => setWide(m.matches);
    m.addEventListener?.("change", on);
    return () => m.removeEventListener?.("change", on);
  }, []);
  return wide;
}

const defaultFetch = async (name: string) => {
  const r = await fetch(`samples/${encodeURIComponent(name)}`);
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return r.arrayBuffer();
};

export function App({ validate, rules, port, preview, samples = [], officeFailed, fetchSample = defaultFetch, initialLang = "id", cellView, renderExtra }: AppProps) {
  const s = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  React.useEffect(() => {
    document.title = t(lang, "pageTitle");
  }, [lang]);

  const heading = (
    <header className={s.header}>
      <img src="assets/icon-32.png" width={24} height={24} alt="" />
      <h1 className={s.title} data-testid="title">
        {t(lang, "appTitle")}
      </h1>
    </header>
  );

  if (port) {
    return (
      <main className={s.page}>
        {heading}
        <Pane port={port} validate={validate} rules={rules} lang={lang} onLangChange={setLang} cellView={cellView} renderExtra={renderExtra} />
      </main>
    );
  }
  if (!preview) return <main className={s.page}>{heading}</main>;
  return <Preview {...{ port: preview, validate, rules, samples, officeFailed, fetchSample, lang, setLang, heading, renderExtra }} />;
}

function Preview(props: {
  port: PreviewPort;
  validate: ValidateFn;
  rules: RuleInfo[];
  samples: string[];
  officeFailed?: boolean;
  fetchSample(name: string): Promise<ArrayBuffer>;
  lang: Lang;
  setLang(l: Lang): void;
  heading: React.ReactNode;
  renderExtra?(f: Finding): React.ReactNode;
}) {
  const { validate, rules, samples, officeFailed, fetchSample, lang, setLang, heading, renderExtra } = props;
  const s = useStyles();
  const [generation, setGeneration] = React.useState(props.port.generation);
  const port = props.port.hasWorkbook() ? props.port : null;
  const [error, setError] = React.useState<string | null>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const wide = useWide();

  // A file is read before it replaces anything: one that is not a workbook is refused and the open one stays.
  const open = async (name: string, bytes: Promise<ArrayBuffer>) => {
    setError(null);
    try {
      await props.port.open(name, await bytes);
      setGeneration(props.port.generation);
    } catch (e) {
      const why =
        e instanceof PortError
          ? lang === "en"
            ? e.said.en
            : e.said.id
          : lang === "en"
            ? "it is not a readable .xlsx workbook."
            : "berkas ini bukan buku kerja .xlsx yang dapat dibaca.";
      setError(port ? t(lang, "fileRefused", { name, why }) : t(lang, "loadFailed", { msg: why }));
    }
  };

  return (
    <main className={s.page}>
      {heading}
      {/* Once a workbook is open the banner shrinks to its title and the workbook's name: the findings must start
          above the fold. */}
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(lang, "previewTitle")}</MessageBarTitle>
          {port ? (
            <div>
              <Text weight="semibold" data-testid="loaded">
                {t(lang, "loaded", { name: port.fileName })}
              </Text>
            </div>
          ) : (
            <>
              {" "}
              {t(lang, "previewIntro")}
              {officeFailed ? ` ${t(lang, "officeFailed")}` : ""}
            </>
          )}
        </MessageBarBody>
      </MessageBar>
      <div className={s.open}>
        {samples.map((name) => (
          <Button
            key={name}
            size={port ? "small" : "medium"}
            icon={<DocumentTable16Regular />}
            onClick={() => void open(name, fetchSample(name))}
            aria-label={port ? t(lang, "openSample", { name }) : undefined}
            data-testid="open-sample"
          >
            {port ? t(lang, "openSampleShort") : t(lang, "openSample", { name })}
          </Button>
        ))}
        <Button size={port ? "small" : "medium"} icon={<DocumentArrowUp16Regular />} onClick={() => fileInput.current?.click()}>
          {t(lang, "openFile")}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t(lang, "openFile")}
          data-testid="file-input"
          style={{ display: "none" }}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void open(f.name, f.arrayBuffer());
            e.target.value = "";
          }}
        />
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline" aria-label={error}>
          <MessageBarBody data-testid="open-error">{error}</MessageBarBody>
        </MessageBar>
      )}
      {port ? (
        <>
          <div className={s.split}>
            {wide && (
              <div className={s.side}>
                <GridView port={port} lang={lang} />
              </div>
            )}
            <div className={s.main}>
              <Pane
                key={generation}
                port={port}
                validate={validate}
                rules={rules}
                lang={lang}
                onLangChange={setLang}
                workbookName={port.fileName}
                cellView={wide ? undefined : <GridView port={port} lang={lang} />}
                renderExtra={renderExtra}
              />
            </div>
          </div>
        </>
      ) : (
        (
          // The language switch lives in the pane; before a file is open it is here.
          <div>
            <Button size="small" appearance="subtle" onClick={() => setLang(lang === "id" ? "en" : "id")}>
              {lang === "id" ? t(lang, "switchToEn") : t(lang, "switchToId")}
            </Button>
          </div>
        )
      )}
    </main>
  );
}
