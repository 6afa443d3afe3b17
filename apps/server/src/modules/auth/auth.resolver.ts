import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Public } from "../../auth/auth-checker.js";
import type { Context } from "../../graphql/context.js";
import { AuthPayload, RegisterInput } from "../volunteer/dto/volunteer.inputs.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { type AuthResult, AuthService } from "./auth.service.js";
import { actorOf } from "../../auth/viewer.js";

const service = (ctx: Context) => new AuthService(ctx.ds, ctx.secrets, ctx);

/** The rest of this response is resolved as the person who just signed in (e.g. their own full phone). */
function actAs(ctx: Context, result: AuthResult): AuthResult {
  ctx.viewer = { kind: "session", volunteer: result.volunteer, sessionId: result.sessionId, actor: actorOf(result.volunteer) };
  return result;
}

@Resolver()
export class AuthResolver {
  @Public()
  @Query(() => Volunteer, { nullable: true, description: "当前登录的科普员；未登录时为 null" })
  me(@Ctx() ctx: Context): Volunteer | null {
    return ctx.viewer?.volunteer ?? null;
  }

  @Public()
  @Mutation(() => AuthPayload, { description: "手机号注册，返回会话令牌" })
  async register(@Arg("input") input: RegisterInput, @Ctx() ctx: Context): Promise<AuthResult> {
    return actAs(ctx, await service(ctx).register(input));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: "登录；连续失败过多时返回 RATE_LIMITED" })
  async login(@Arg("phone") phone: string, @Arg("password") password: string, @Ctx() ctx: Context): Promise<AuthResult> {
    return actAs(ctx, await service(ctx).login(phone, password));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "退出登录：当前令牌立即失效" })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await service(ctx).logout(ctx.viewer!);
    return true;
  }

  @Authorized()
  @Mutation(() => AuthPayload, { description: "修改密码：其他所有会话失效，返回新令牌" })
  async changePassword(@Arg("oldPassword") oldPassword: string, @Arg("newPassword") newPassword: string, @Ctx() ctx: Context): Promise<AuthResult> {
    return actAs(ctx, await service(ctx).changePassword(ctx.viewer!, oldPassword, newPassword));
  }
}
