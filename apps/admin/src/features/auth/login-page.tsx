import { normalizePhone, PASSWORD_MAX } from "@kepu/domain";
import { useState, type FormEvent } from "react";
import { Navigate, useLocation, useNavigate } from "react-router";
import { writeAuthToken } from "../../app/auth-token";
import { redirectTarget } from "../../app/login-path";
import { useAuthToken } from "../../app/use-auth-token";
import { useDocumentTitle } from "../../app/use-document-title";
import "./login-page.css";
import { requestLogin, type LoginFailure } from "./login-request";

const features: { mark: string; title: string; text: string }[] = [
  { mark: "指", title: "四项指标", text: "按地区统计注册量、注册比例、传播量与活跃度" },
  { mark: "级", title: "分级管理", text: "省、市、区县、乡镇四级管理员各管辖区" },
  { mark: "证", title: "实名留痕", text: "实名认证、审批决定全程记录，可追溯" },
];

function Brand() {
  return (
    <div className="login-page__brand">
      <span className="login-page__mark" aria-hidden>
        科
      </span>
      <div>
        <h1 className="login-page__title">科普中国信息员管理平台</h1>
        <p className="login-page__org">河南省科学技术协会 · 科普部</p>
      </div>
      {features.map((feature) => (
        <div className="login-page__feature" key={feature.title}>
          <span className="login-page__feature-icon" aria-hidden>
            {feature.mark}
          </span>
          <div>
            <div style={{ fontWeight: 600 }}>{feature.title}</div>
            <div style={{ color: "rgba(255,255,255,0.78)" }}>{feature.text}</div>
          </div>
        </div>
      ))}
    </div>
  );
}

/** Phone check in the browser: the domain's own rule, so the server would say the same. */
function phoneProblem(raw: string): string | null {
  if (!raw.trim()) return "请输入手机号";
  try {
    normalizePhone(raw);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : "手机号格式不正确";
  }
}

/**
 * /login: the only page that needs no session. Plain HTML and CSS (no antd, no Apollo), so the
 * sign-in form is usable after React alone; the console's code loads after signing in.
 */
export function LoginPage() {
  const token = useAuthToken();
  const { search } = useLocation();
  const navigate = useNavigate();
  useDocumentTitle("登录");
  const [phone, setPhone] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<{ phone?: string; password?: string }>({});
  const [failure, setFailure] = useState<LoginFailure | null>(null);
  const [submitting, setSubmitting] = useState(false);

  // Already signed in (e.g. the login page was bookmarked): go straight on.
  if (token) return <Navigate to={redirectTarget(search)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = {
      phone: phoneProblem(phone) ?? undefined,
      password: password ? (password.length > PASSWORD_MAX ? `密码最多 ${PASSWORD_MAX} 位` : undefined) : "请输入密码",
    };
    setFieldErrors(errors);
    setFailure(null);
    if (errors.phone || errors.password) return;
    setSubmitting(true);
    const result = await requestLogin(normalizePhone(phone), password);
    setSubmitting(false);
    if (result.ok) {
      writeAuthToken(result.token);
      await navigate(redirectTarget(search), { replace: true });
      return;
    }
    const { field } = result.failure;
    if (result.failure.code === "BAD_USER_INPUT" && (field === "phone" || field === "password")) {
      setFieldErrors({ [field]: result.failure.message });
    } else setFailure(result.failure);
  };
  // RATE_LIMITED gets a warning rather than an error: waiting, not retyping, fixes it.
  const rateLimited = failure?.code === "RATE_LIMITED";

  return (
    <main className="login-page">
      <div className="login-page__panel">
        <Brand />
        <div className="login-page__form">
          <h2 className="login-page__heading">账号登录</h2>
          <p className="login-page__hint">请使用已注册的手机号和密码登录</p>
          <form name="login" noValidate onSubmit={(event) => void submit(event)}>
            <div className="login-field">
              <label htmlFor="login-phone">手机号</label>
              <input
                id="login-phone"
                name="phone"
                type="tel"
                inputMode="tel"
                autoComplete="username"
                placeholder="请输入 11 位手机号"
                maxLength={20}
                autoFocus
                value={phone}
                onChange={(e) => setPhone(e.target.value)}
                onBlur={() => phone && setFieldErrors((f) => ({ ...f, phone: phoneProblem(phone) ?? undefined }))}
                aria-invalid={Boolean(fieldErrors.phone)}
                aria-describedby={fieldErrors.phone ? "login-phone-error" : undefined}
              />
              {fieldErrors.phone ? (
                <div id="login-phone-error" className="login-field__error">
                  {fieldErrors.phone}
                </div>
              ) : null}
            </div>
            <div className="login-field">
              <label htmlFor="login-password">密码</label>
              <input
                id="login-password"
                name="password"
                type="password"
                autoComplete="current-password"
                placeholder="请输入密码"
                maxLength={PASSWORD_MAX}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                aria-invalid={Boolean(fieldErrors.password)}
                aria-describedby={fieldErrors.password ? "login-password-error" : undefined}
              />
              {fieldErrors.password ? (
                <div id="login-password-error" className="login-field__error">
                  {fieldErrors.password}
                </div>
              ) : null}
            </div>
            {failure ? (
              <div role="alert" className={rateLimited ? "login-alert login-alert--warning" : "login-alert"}>
                <div>{failure.message}</div>
                {rateLimited ? <div className="login-alert__detail">为保护账号安全，该账号的登录已暂时锁定。</div> : null}
              </div>
            ) : null}
            <button type="submit" className="login-submit" disabled={submitting}>
              {submitting ? "正在登录…" : "登录"}
            </button>
          </form>
          <p className="login-page__note">忘记密码请联系上级管理员重置。本系统仅限授权工作人员使用。</p>
        </div>
      </div>
      <div className="login-page__footer">© 河南省科学技术协会 科普中国信息员管理平台</div>
    </main>
  );
}
