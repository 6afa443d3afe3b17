/**
 * The login mutation over plain fetch: the sign-in page must not wait for Apollo and antd (≈ 300 kB
 * gzip) before it can be used. The console loads them once a session exists.
 */
export interface LoginFailure {
  message: string;
  code: string | undefined;
  /** `extensions.field` of a BAD_USER_INPUT, e.g. "phone". */
  field: string | undefined;
}

export type LoginResult = { ok: true; token: string } | { ok: false; failure: LoginFailure };

const LOGIN = `mutation Login($phone: String!, $password: String!) { login(phone: $phone, password: $password) { token } }`;
export const NETWORK_FAILURE = "网络异常，请检查网络连接后重试";

interface GraphQLBody {
  data?: { login?: { token: string } | null } | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export async function requestLogin(phone: string, password: string): Promise<LoginResult> {
  let body: GraphQLBody;
  try {
    const response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ operationName: "Login", query: LOGIN, variables: { phone, password } }),
    });
    body = (await response.json()) as GraphQLBody;
  } catch {
    return { ok: false, failure: { message: NETWORK_FAILURE, code: undefined, field: undefined } };
  }
  const token = body.data?.login?.token;
  if (token) return { ok: true, token };
  const error = body.errors?.[0];
  return {
    ok: false,
    failure: { message: error?.message ?? "登录失败，请稍后重试", code: error?.extensions?.code, field: error?.extensions?.field },
  };
}
