import { ApartmentOutlined, BarChartOutlined, LockOutlined, MobileOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import { normalizePhone, PASSWORD_MAX } from "@kepu/domain";
import { Alert, Button, Form, Input, Typography } from "antd";
import type { ReactNode } from "react";
import { Navigate, useLocation, useNavigate } from "react-router";
import { redirectTarget } from "../../app/login-path";
import { useAuthToken } from "../../app/use-auth-token";
import { useDocumentTitle } from "../../app/use-document-title";
import { useMutationForm } from "../../app/use-mutation-form";
import { loginMutation } from "./auth.graphql";
import { loginPasswordRules, phoneRules } from "./auth-rules";
import "./login-page.css";
import { useStartSession } from "./use-session";

interface LoginValues {
  phone: string;
  password: string;
}

const features: { icon: ReactNode; title: string; text: string }[] = [
  { icon: <BarChartOutlined />, title: "四项指标", text: "按地区统计注册量、注册比例、传播量与活跃度" },
  { icon: <ApartmentOutlined />, title: "分级管理", text: "省、市、区县、乡镇四级管理员各管辖区" },
  { icon: <SafetyCertificateOutlined />, title: "实名留痕", text: "实名认证、审批决定全程记录，可追溯" },
];

function Brand() {
  return (
    <div className="login-page__brand">
      <span className="login-page__mark" aria-hidden>
        科
      </span>
      <div>
        <Typography.Title level={1} style={{ color: "#fff", margin: 0, letterSpacing: 2, fontSize: 30 }}>
          科普中国信息员管理平台
        </Typography.Title>
        <Typography.Text style={{ color: "rgba(255,255,255,0.8)", fontSize: 15 }}>河南省科学技术协会 · 科普部</Typography.Text>
      </div>
      {features.map((feature) => (
        <div className="login-page__feature" key={feature.title}>
          <span className="login-page__feature-icon" aria-hidden>
            {feature.icon}
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

/** /login: the only page that needs no session. */
export function LoginPage() {
  const token = useAuthToken();
  const { search } = useLocation();
  const navigate = useNavigate();
  const startSession = useStartSession();
  useDocumentTitle("登录");
  const { formProps, submitting, failure } = useMutationForm(loginMutation, {
    toVariables: (values: LoginValues) => ({ phone: normalizePhone(values.phone), password: values.password }),
    onCompleted: async ({ login }) => {
      await startSession(login.token, login.volunteer);
      await navigate(redirectTarget(search), { replace: true });
    },
    formProps: { requiredMark: false, size: "large", autoComplete: "on" },
  });
  // RATE_LIMITED gets a warning rather than an error: waiting, not retyping, fixes it.
  const rateLimited = failure?.code === "RATE_LIMITED";

  // Already signed in (e.g. the login page was bookmarked): go straight on.
  if (token) return <Navigate to={redirectTarget(search)} replace />;

  return (
    <main className="login-page">
      <div className="login-page__panel">
        <Brand />
        <div className="login-page__form">
          <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4, fontSize: 24 }}>
            账号登录
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 28 }}>
            请使用已注册的手机号和密码登录
          </Typography.Paragraph>
          <Form<LoginValues> {...formProps} name="login">
            <Form.Item name="phone" label="手机号" rules={phoneRules} validateTrigger="onBlur">
              <Input
                prefix={<MobileOutlined />}
                placeholder="请输入 11 位手机号"
                inputMode="tel"
                autoComplete="username"
                maxLength={20}
                autoFocus
              />
            </Form.Item>
            <Form.Item name="password" label="密码" rules={loginPasswordRules}>
              <Input.Password prefix={<LockOutlined />} placeholder="请输入密码" autoComplete="current-password" maxLength={PASSWORD_MAX} />
            </Form.Item>
            {failure ? (
              <Alert
                role="alert"
                type={rateLimited ? "warning" : "error"}
                showIcon
                title={failure.message}
                description={rateLimited ? "为保护账号安全，该账号的登录已暂时锁定。" : undefined}
                style={{ marginBottom: 20 }}
              />
            ) : null}
            <Form.Item style={{ marginBottom: 12 }}>
              <Button type="primary" htmlType="submit" block loading={submitting}>
                {submitting ? "正在登录…" : "登录"}
              </Button>
            </Form.Item>
          </Form>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            忘记密码请联系上级管理员重置。本系统仅限授权工作人员使用。
          </Typography.Text>
        </div>
      </div>
      <div className="login-page__footer">© 河南省科学技术协会 科普中国信息员管理平台</div>
    </main>
  );
}
