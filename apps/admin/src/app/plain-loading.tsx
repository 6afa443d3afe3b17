import "./plain-loading.css";

/** A spinner without antd: shown while the console's own code is still on its way. */
export function PlainLoading({ label = "加载中…" }: { label?: string }) {
  return (
    <div className="plain-loading" role="status" aria-live="polite">
      <span className="plain-loading__spinner" aria-hidden />
      <span>{label}</span>
    </div>
  );
}
