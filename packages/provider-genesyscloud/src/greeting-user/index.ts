// https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting_user
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface GreetingUserConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting_user#audio_tts GreetingUser#audio_tts}
  */
  readonly audioTts?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting_user#id GreetingUser#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting_user#name GreetingUser#name}
  */
  readonly name?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting_user#owner_type GreetingUser#owner_type}
  */
  readonly ownerType: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting_user#type GreetingUser#type}
  */
  readonly type: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting_user#user_id GreetingUser#user_id}
  */
  readonly userId?: string;
  /**
  * audio_file block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting_user#audio_file GreetingUser#audio_file}
  */
  readonly audioFile?: GreetingUserAudioFile;
}
export interface GreetingUserAudioFile {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting_user#duration_milliseconds GreetingUser#duration_milliseconds}
  */
  readonly durationMilliseconds?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting_user#self_uri GreetingUser#self_uri}
  */
  readonly selfUri?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting_user#size_bytes GreetingUser#size_bytes}
  */
  readonly sizeBytes?: number;
}

export function greetingUserAudioFileToTerraform(struct?: GreetingUserAudioFileOutputReference | GreetingUserAudioFile): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    duration_milliseconds: cdktf.numberToTerraform(struct!.durationMilliseconds),
    self_uri: cdktf.stringToTerraform(struct!.selfUri),
    size_bytes: cdktf.numberToTerraform(struct!.sizeBytes),
  }
}


export function greetingUserAudioFileToHclTerraform(struct?: GreetingUserAudioFileOutputReference | GreetingUserAudioFile): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    duration_milliseconds: {
      value: cdktf.numberToHclTerraform(struct!.durationMilliseconds),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    self_uri: {
      value: cdktf.stringToHclTerraform(struct!.selfUri),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    size_bytes: {
      value: cdktf.numberToHclTerraform(struct!.sizeBytes),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class GreetingUserAudioFileOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): GreetingUserAudioFile | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._durationMilliseconds !== undefined) {
      hasAnyValues = true;
      internalValueResult.durationMilliseconds = this._durationMilliseconds;
    }
    if (this._selfUri !== undefined) {
      hasAnyValues = true;
      internalValueResult.selfUri = this._selfUri;
    }
    if (this._sizeBytes !== undefined) {
      hasAnyValues = true;
      internalValueResult.sizeBytes = this._sizeBytes;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: GreetingUserAudioFile | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._durationMilliseconds = undefined;
      this._selfUri = undefined;
      this._sizeBytes = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._durationMilliseconds = value.durationMilliseconds;
      this._selfUri = value.selfUri;
      this._sizeBytes = value.sizeBytes;
    }
  }

  // duration_milliseconds - computed: false, optional: true, required: false
  private _durationMilliseconds?: number; 
  public get durationMilliseconds() {
    return this.getNumberAttribute('duration_milliseconds');
  }
  public set durationMilliseconds(value: number) {
    this._durationMilliseconds = value;
  }
  public resetDurationMilliseconds() {
    this._durationMilliseconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get durationMillisecondsInput() {
    return this._durationMilliseconds;
  }

  // self_uri - computed: false, optional: true, required: false
  private _selfUri?: string; 
  public get selfUri() {
    return this.getStringAttribute('self_uri');
  }
  public set selfUri(value: string) {
    this._selfUri = value;
  }
  public resetSelfUri() {
    this._selfUri = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get selfUriInput() {
    return this._selfUri;
  }

  // size_bytes - computed: false, optional: true, required: false
  private _sizeBytes?: number; 
  public get sizeBytes() {
    return this.getNumberAttribute('size_bytes');
  }
  public set sizeBytes(value: number) {
    this._sizeBytes = value;
  }
  public resetSizeBytes() {
    this._sizeBytes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sizeBytesInput() {
    return this._sizeBytes;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting_user genesyscloud_greeting_user}
*/
export class GreetingUser extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "genesyscloud_greeting_user";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a GreetingUser resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the GreetingUser to import
  * @param importFromId The id of the existing GreetingUser that should be imported. Refer to the {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting_user#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the GreetingUser to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "genesyscloud_greeting_user", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting_user genesyscloud_greeting_user} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options GreetingUserConfig
  */
  public constructor(scope: Construct, id: string, config: GreetingUserConfig) {
    super(scope, id, {
      terraformResourceType: 'genesyscloud_greeting_user',
      terraformGeneratorMetadata: {
        providerName: 'genesyscloud',
        providerVersion: '1.84.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._audioTts = config.audioTts;
    this._id = config.id;
    this._name = config.name;
    this._ownerType = config.ownerType;
    this._type = config.type;
    this._userId = config.userId;
    this._audioFile.internalValue = config.audioFile;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // audio_tts - computed: false, optional: true, required: false
  private _audioTts?: string; 
  public get audioTts() {
    return this.getStringAttribute('audio_tts');
  }
  public set audioTts(value: string) {
    this._audioTts = value;
  }
  public resetAudioTts() {
    this._audioTts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get audioTtsInput() {
    return this._audioTts;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // name - computed: false, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // owner_type - computed: false, optional: false, required: true
  private _ownerType?: string; 
  public get ownerType() {
    return this.getStringAttribute('owner_type');
  }
  public set ownerType(value: string) {
    this._ownerType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get ownerTypeInput() {
    return this._ownerType;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // user_id - computed: true, optional: true, required: false
  private _userId?: string; 
  public get userId() {
    return this.getStringAttribute('user_id');
  }
  public set userId(value: string) {
    this._userId = value;
  }
  public resetUserId() {
    this._userId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userIdInput() {
    return this._userId;
  }

  // audio_file - computed: false, optional: true, required: false
  private _audioFile = new GreetingUserAudioFileOutputReference(this, "audio_file");
  public get audioFile() {
    return this._audioFile;
  }
  public putAudioFile(value: GreetingUserAudioFile) {
    this._audioFile.internalValue = value;
  }
  public resetAudioFile() {
    this._audioFile.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get audioFileInput() {
    return this._audioFile.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      audio_tts: cdktf.stringToTerraform(this._audioTts),
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
      owner_type: cdktf.stringToTerraform(this._ownerType),
      type: cdktf.stringToTerraform(this._type),
      user_id: cdktf.stringToTerraform(this._userId),
      audio_file: greetingUserAudioFileToTerraform(this._audioFile.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      audio_tts: {
        value: cdktf.stringToHclTerraform(this._audioTts),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      owner_type: {
        value: cdktf.stringToHclTerraform(this._ownerType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      type: {
        value: cdktf.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_id: {
        value: cdktf.stringToHclTerraform(this._userId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      audio_file: {
        value: greetingUserAudioFileToHclTerraform(this._audioFile.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "GreetingUserAudioFileList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
