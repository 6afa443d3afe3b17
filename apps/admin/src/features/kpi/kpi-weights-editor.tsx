import type { CompositeWeights } from "@kepu/domain";
import { defaultCompositeWeights } from "@kepu/domain";
import { Button, Flex, InputNumber, Typography } from "antd";
import { useEffect, useState } from "react";
import { useDebouncedValue } from "../../shared/use-debounced-value";
import { weightKeys, weightLabels, weightsParam } from "./kpi-weights";

const usable = (w: CompositeWeights) => weightKeys.some((k) => w[k] > 0);

/**
 * 权重 of the composite score (注册量, 人口占比, 月活量, 传播量): typed values apply after a pause,
 * so the ranking is asked once per edit, not per keystroke; all zero is not applied (no score).
 */
export function KpiWeightsEditor({ weights, onChange }: { weights: CompositeWeights; onChange: (w: CompositeWeights) => void }) {
  const incoming = weightsParam(weights) ?? "";
  const [draft, setDraft] = useState(weights);
  const [seen, setSeen] = useState(incoming);
  // The URL moved without us (back / forward): show its weights.
  if (incoming !== seen) {
    setSeen(incoming);
    setDraft(weights);
  }
  const settled = useDebouncedValue(draft, 400);
  useEffect(() => {
    // Only a draft the user has stopped editing, and only when it differs from what is shown.
    if (settled !== draft || !usable(settled) || (weightsParam(settled) ?? "") === incoming) return;
    onChange(settled);
  }, [settled, draft, incoming, onChange]);

  return (
    <Flex gap={8} wrap align="center" data-testid="kpi-weights">
      <Typography.Text type="secondary">权重</Typography.Text>
      {weightKeys.map((key) => (
        <InputNumber<number>
          key={key}
          min={0}
          max={100}
          step={0.5}
          value={draft[key]}
          onChange={(value) => setDraft((d) => ({ ...d, [key]: value ?? 0 }))}
          prefix={<span style={{ color: "rgba(0,0,0,0.45)" }}>{weightLabels[key]}</span>}
          style={{ width: 128 }}
          aria-label={`${weightLabels[key]}权重`}
        />
      ))}
      {!usable(draft) ? <Typography.Text type="danger">权重不能全为 0</Typography.Text> : null}
      <Button size="small" type="link" onClick={() => setDraft(defaultCompositeWeights)} disabled={weightsParam(draft) === undefined}>
        恢复默认
      </Button>
    </Flex>
  );
}
