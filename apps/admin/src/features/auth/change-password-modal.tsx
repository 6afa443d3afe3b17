import { Alert, Form, Input, Modal } from "antd";
import { useMutationForm } from "../../app/use-mutation-form";
import { useViewer } from "../../app/viewer-context";
import { changePasswordMutation } from "./auth.graphql";
import { loginPasswordRules, newPasswordRules } from "./auth-rules";
import { useStartSession } from "./use-session";

interface ChangePasswordValues {
  oldPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** 修改密码; the server answers with a fresh session (other sessions end). */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const viewer = useViewer();
  const startSession = useStartSession();
  const { formProps, submitting, failure, submit, reset } = useMutationForm(changePasswordMutation, {
    toVariables: ({ oldPassword, newPassword }: ChangePasswordValues) => ({ oldPassword, newPassword }),
    onCompleted: async ({ changePassword }) => {
      await startSession(changePassword.token, changePassword.volunteer);
      onClose();
    },
    resetOnSuccess: true,
    successMessage: "密码已修改",
  });

  return (
    <Modal title="修改密码" open={open} okText="确认修改" confirmLoading={submitting} onOk={submit} onCancel={onClose} afterClose={reset}>
      <Form<ChangePasswordValues> {...formProps} name="change-password" style={{ marginTop: 16 }}>
        {/* Lets password managers tie the new password to this account. */}
        <input type="text" name="username" autoComplete="username" value={viewer.phone ?? viewer.phoneMasked} readOnly hidden />
        <Form.Item name="oldPassword" label="当前密码" rules={loginPasswordRules}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          rules={newPasswordRules(viewer.phone)}
          extra="8–64 位，须同时包含字母和数字，不能包含手机号"
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label="确认新密码"
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: "请再次输入新密码" },
            ({ getFieldValue }) => ({
              validator: (_rule, value: unknown) =>
                !value || value === getFieldValue("newPassword") ? Promise.resolve() : Promise.reject(new Error("两次输入的新密码不一致")),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure.message} /> : null}
      </Form>
    </Modal>
  );
}
