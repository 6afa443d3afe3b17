import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Public } from "../../graphql/authorization.js";
import type { RequestContext } from "../../platform/request-context.js";
import { AuthPayload, RegisterInput } from "../volunteer/dto/volunteer.inputs.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import { VolunteerService } from "../volunteer/volunteer.service.js";
import { type AuthResult, AuthService } from "./auth.service.js";
import { actorOf } from "./session-actor.js";

const service = (rc: RequestContext) => new AuthService(rc);

/** The rest of this response is resolved as the person who just signed in (e.g. their own full phone). */
function actAs(rc: RequestContext, result: AuthResult): AuthResult {
  rc.actAs(actorOf(result.volunteer), result.sessionId);
  rc.loaders(createVolunteerLoaders).byId.prime(result.volunteer.dbId, result.volunteer);
  return result;
}

@Resolver()
export class AuthResolver {
  @Public()
  @Query(() => Volunteer, { nullable: true, description: "当前登录的科普员；未登录时为 null" })
  me(@Ctx() rc: RequestContext): Promise<Volunteer | null> {
    return new VolunteerService(rc).me();
  }

  @Public()
  @Mutation(() => AuthPayload, { description: "手机号注册，返回会话令牌" })
  async register(@Arg("input") input: RegisterInput, @Ctx() rc: RequestContext): Promise<AuthResult> {
    return actAs(rc, await service(rc).register(input));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: "登录；连续失败过多时返回 RATE_LIMITED" })
  async login(@Arg("phone") phone: string, @Arg("password") password: string, @Ctx() rc: RequestContext): Promise<AuthResult> {
    return actAs(rc, await service(rc).login(phone, password));
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "退出登录：当前令牌立即失效" })
  async logout(@Ctx() rc: RequestContext): Promise<boolean> {
    await service(rc).logout();
    return true;
  }

  @Authorized()
  @Mutation(() => AuthPayload, { description: "修改密码：其他所有会话失效，返回新令牌" })
  async changePassword(
    @Arg("oldPassword") oldPassword: string,
    @Arg("newPassword") newPassword: string,
    @Ctx() rc: RequestContext,
  ): Promise<AuthResult> {
    return actAs(rc, await service(rc).changePassword(oldPassword, newPassword));
  }
}
