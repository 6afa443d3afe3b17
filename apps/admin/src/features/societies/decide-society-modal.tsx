import { Alert, Descriptions, Form, Input, Modal } from "antd";
import { useMutationForm } from "../../app/use-mutation-form";
import type { SocietyRowFragment } from "../../gql/graphql";
import { formatDateTime } from "../../shared/format-time";
import { personName } from "../../shared/person-name";
import type { SocietyDecision } from "./societies-table";
import { decideSocietyMutation } from "./societies.graphql";
import { JoinPolicyTag } from "./society-tags";

const COMMENT_MAX = 500;
export const SOCIETY_LISTS = ["Societies", "SocietiesToDecide", "SocietiesToDecideCount", "SocietyDetail"];

interface DecideValues {
  comment?: string;
}

/** 通过 / 驳回 a society request; rejecting needs a reason, which the requester reads. The lists refetch so the row leaves the queue. */
export function DecideSocietyModal({
  target,
  open,
  onClose,
}: {
  target: { society: SocietyRowFragment; decision: SocietyDecision } | null;
  open: boolean;
  onClose: () => void;
}) {
  const approve = target?.decision === "approve";
  const society = target?.society;
  const { formProps, submitting, failure, submit, reset } = useMutationForm(decideSocietyMutation, {
    toVariables: ({ comment }: DecideValues) => (society ? { id: society.id, approve, comment: comment?.trim() || null } : null),
    onCompleted: onClose,
    successMessage: () => `已${approve ? "通过" : "驳回"}社团“${society?.name ?? ""}”的创建申请`,
    refetchQueries: SOCIETY_LISTS,
    awaitRefetchQueries: true,
  });
  return (
    <Modal
      title={approve ? "通过社团申请" : "驳回社团申请"}
      open={open && target !== null}
      okText={approve ? "确认通过" : "确认驳回"}
      okButtonProps={{ danger: !approve }}
      confirmLoading={submitting}
      onOk={submit}
      onCancel={onClose}
      afterClose={reset}
      width={560}
    >
      {society ? (
        <Descriptions
          bordered
          size="small"
          column={1}
          style={{ marginBlock: 16 }}
          styles={{ label: { width: 96 } }}
          items={[
            { key: "name", label: "社团名称", children: society.name },
            { key: "region", label: "所在地区", children: society.region.path },
            { key: "policy", label: "入团方式", children: <JoinPolicyTag policy={society.joinPolicy} /> },
            { key: "description", label: "简介", children: <span style={{ whiteSpace: "pre-wrap" }}>{society.description ?? "—"}</span> },
            { key: "requester", label: "申请人", children: `${personName(society.requester)}（${society.requester?.phoneMasked ?? "—"}）` },
            { key: "createdAt", label: "申请时间", children: formatDateTime(society.createdAt) },
          ]}
        />
      ) : null}
      {approve ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="通过后社团即成立，申请人成为社长，科普员可加入并发布动态。" />
      ) : null}
      <Form<DecideValues> {...formProps} name="decide-society">
        <Form.Item
          name="comment"
          label={approve ? "审批意见" : "驳回理由"}
          extra={approve ? "选填，申请人可见" : "必填，申请人将看到它"}
          rules={approve ? [] : [{ required: true, whitespace: true, message: "请填写驳回理由，申请人将看到它" }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={COMMENT_MAX}
            showCount
            placeholder={approve ? "例如：同意成立" : "例如：名称不规范，请修改后重新申请"}
          />
        </Form.Item>
        {failure ? <Alert type={failure.code === "CONFLICT" ? "warning" : "error"} showIcon title={failure.message} /> : null}
      </Form>
    </Modal>
  );
}
