import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { isLocalDate } from "@kepu/domain";

const fail = (value: unknown) =>
  new GraphQLError(`LocalDate 应为 YYYY-MM-DD 格式的真实日期，收到 ${JSON.stringify(value)?.slice(0, 40)}`, {
    extensions: { code: "BAD_USER_INPUT" },
  });

/** A calendar day in Asia/Shanghai, `YYYY-MM-DD` (docs/api.md). */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: "LocalDate",
  description: "日期（Asia/Shanghai 日历日），格式 YYYY-MM-DD",
  serialize: (v) => {
    if (typeof v === "string" && isLocalDate(v)) return v;
    throw fail(v);
  },
  parseValue: (v) => {
    if (typeof v === "string" && isLocalDate(v)) return v;
    throw fail(v);
  },
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING && isLocalDate(ast.value)) return ast.value;
    throw fail(ast.kind === Kind.STRING ? ast.value : ast.kind);
  },
});
