import { GiftOutlined } from "@ant-design/icons";
import { Flex } from "antd";
import { useState } from "react";

/** The item's picture, or a gift icon when it has none (or it does not load). */
export function MallItemThumb({ url, name }: { url: string | null | undefined; name: string }) {
  const [broken, setBroken] = useState(false);
  if (url && !broken && url.startsWith("https://")) {
    return <img className="mall-thumb" src={url} alt={name} loading="lazy" referrerPolicy="no-referrer" onError={() => setBroken(true)} />;
  }
  return (
    <Flex className="mall-thumb" align="center" justify="center" aria-hidden>
      <GiftOutlined style={{ fontSize: 18, color: "rgba(0,0,0,0.35)" }} />
    </Flex>
  );
}
