import { Flex, Typography } from "antd";
import { personName, secondaryName } from "./person-name";

interface Person {
  realName?: string | null;
  nickname?: string | null;
  phoneMasked?: string | null;
}

/** Name in a table cell: the real name (or nickname) on top, the nickname and/or masked phone below. */
export function PersonCell({ person, showPhone = false }: { person: Person | null | undefined; showPhone?: boolean }) {
  const secondary = [secondaryName(person), showPhone ? person?.phoneMasked : null].filter(Boolean).join(" · ");
  return (
    <Flex vertical style={{ minWidth: 0 }}>
      <Typography.Text strong>{personName(person)}</Typography.Text>
      {secondary ? (
        <Typography.Text type="secondary" style={{ fontSize: 12, fontVariantNumeric: "tabular-nums" }}>
          {secondary}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
