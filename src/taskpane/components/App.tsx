import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { PortError, type WorkbookPort } from "../../port";
import type { PreviewPort } from "../../excel/preview-port";
import type { RuleInfo, ValidateFn } from "../types";
import { Lang, said, t } from "../i18n";
import { Pane } from "./Pane";
import { GridView } from "./GridView";

const useStyles = makeStyles({
  page: { padding: "10px", boxSizing: "border-box", maxWidth: "100%", display: "flex", flexDirection: "column", rowGap: "10px" },
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
  /** The Excel adapter inside Excel; outside Excel, the preview port (index.tsx makes the one or the other). */
  port: WorkbookPort;
  /** Sample workbooks bundled under samples/ (preview mode). */
  samples?: string[];
  /** Office.js was expected but did not answer (shown as a note in preview mode). */
  officeFailed?: boolean;
  /** Fetches a bundled sample; injectable for tests. */
  fetchSample?(name: string): Promise<ArrayBuffer>;
  initialLang?: Lang;
}

const defaultFetch = async (name: string) => {
  const r = await fetch(`samples/${encodeURIComponent(name)}`);
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return r.arrayBuffer();
};

export function App({ validate, rules, port, samples = [], officeFailed, fetchSample = defaultFetch, initialLang = "id" }: AppProps) {
  const s = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const heading = (
    <h1 className={s.title} data-testid="title">
      {t(lang, "appTitle")}
    </h1>
  );

  if (port.kind === "excel") {
    return (
      <main className={s.page}>
        {heading}
        <Pane port={port} validate={validate} rules={rules} lang={lang} onLangChange={setLang} />
      </main>
    );
  }
  return <Preview {...{ port: port as PreviewPort, validate, rules, samples, officeFailed, fetchSample, lang, setLang, heading }} />;
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
}) {
  const { port: preview, validate, rules, samples, officeFailed, fetchSample, lang, setLang, heading } = props;
  const s = useStyles();
  const [generation, setGeneration] = React.useState(preview.generation);
  const port = generation > 0 ? preview : null;
  const [error, setError] = React.useState<string | null>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const open = async (name: string, bytes: Promise<ArrayBuffer>) => {
    setError(null);
    try {
      // A file that is not a workbook is refused here and the one open before stays open.
      await preview.open(name, await bytes);
      setGeneration(preview.generation);
    } catch (e) {
      setError(e instanceof PortError ? said(lang, e.said) : t(lang, "loadFailed", { msg: (e as Error)?.message ?? String(e) }));
    }
  };

  return (
    <main className={s.page}>
      {heading}
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <strong>{t(lang, "previewTitle")}</strong>. {t(lang, "previewIntro")}
          {officeFailed ? ` ${t(lang, "officeFailed")}` : ""}
        </MessageBarBody>
      </MessageBar>
      <div className={s.open}>
        {samples.map((name) => (
          <Button key={name} onClick={() => void open(name, fetchSample(name))} data-testid="open-sample">
            {t(lang, "openSample", { name })}
          </Button>
        ))}
        <Button onClick={() => fileInput.current?.click()}>{t(lang, "openFile")}</Button>
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
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {port ? (
        <>
          <Text weight="semibold" data-testid="loaded">
            {t(lang, "loaded", { name: port.fileName })}
          </Text>
          <div className={s.split}>
            <div className={s.side}>
              <GridView port={port} lang={lang} />
            </div>
            <div className={s.main}>
              <Pane key={generation} port={port} validate={validate} rules={rules} lang={lang} onLangChange={setLang} workbookName={port.fileName} />
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
