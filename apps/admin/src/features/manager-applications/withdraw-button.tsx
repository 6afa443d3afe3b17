import { RollbackOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { Button, Popconfirm } from "antd";
import { handledLocally } from "../../app/apollo-client";
import { summarizeFormError } from "../../app/form-errors";
import { withdrawManagerApplicationMutation } from "./manager-applications.graphql";
import { useAppMessage } from "../../app/app-message";

/** 撤回: the applicant takes back a pending application (then may apply again at once). */
export function WithdrawButton({ id }: { id: string }) {
  const { message } = useAppMessage();
  const [withdraw, { loading }] = useMutation(withdrawManagerApplicationMutation, {
    context: handledLocally,
    refetchQueries: ["ManagerApplications"],
    awaitRefetchQueries: true,
  });
  const confirm = async () => {
    try {
      await withdraw({ variables: { id } });
      void message.success("申请已撤回");
    } catch (error) {
      void message.error(summarizeFormError(error, []).message ?? "撤回失败");
    }
  };
  return (
    <Popconfirm title="撤回这份申请？" description="撤回后可重新提交申请。" okText="撤回" cancelText="取消" onConfirm={confirm}>
      <Button size="small" icon={<RollbackOutlined />} loading={loading}>
        撤回
      </Button>
    </Popconfirm>
  );
}
