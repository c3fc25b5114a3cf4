// https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface GreetingConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting#audio_file_content_hash Greeting#audio_file_content_hash}
  */
  readonly audioFileContentHash?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting#audio_filename Greeting#audio_filename}
  */
  readonly audioFilename?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting#audio_tts Greeting#audio_tts}
  */
  readonly audioTts?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting#id Greeting#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting#name Greeting#name}
  */
  readonly name?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting#owner_id Greeting#owner_id}
  */
  readonly ownerId?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting#owner_type Greeting#owner_type}
  */
  readonly ownerType: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting#type Greeting#type}
  */
  readonly type: string;
  /**
  * audio_file block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting#audio_file Greeting#audio_file}
  */
  readonly audioFile?: GreetingAudioFile;
}
export interface GreetingAudioFile {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting#duration_milliseconds Greeting#duration_milliseconds}
  */
  readonly durationMilliseconds?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting#self_uri Greeting#self_uri}
  */
  readonly selfUri?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting#size_bytes Greeting#size_bytes}
  */
  readonly sizeBytes?: number;
}

export function greetingAudioFileToTerraform(struct?: GreetingAudioFileOutputReference | GreetingAudioFile): any {
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


export function greetingAudioFileToHclTerraform(struct?: GreetingAudioFileOutputReference | GreetingAudioFile): any {
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

export class GreetingAudioFileOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): GreetingAudioFile | undefined {
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

  public set internalValue(value: GreetingAudioFile | undefined) {
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
* Represents a {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting genesyscloud_greeting}
*/
export class Greeting extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "genesyscloud_greeting";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Greeting resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Greeting to import
  * @param importFromId The id of the existing Greeting that should be imported. Refer to the {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Greeting to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "genesyscloud_greeting", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/greeting genesyscloud_greeting} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options GreetingConfig
  */
  public constructor(scope: Construct, id: string, config: GreetingConfig) {
    super(scope, id, {
      terraformResourceType: 'genesyscloud_greeting',
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
    this._audioFileContentHash = config.audioFileContentHash;
    this._audioFilename = config.audioFilename;
    this._audioTts = config.audioTts;
    this._id = config.id;
    this._name = config.name;
    this._ownerId = config.ownerId;
    this._ownerType = config.ownerType;
    this._type = config.type;
    this._audioFile.internalValue = config.audioFile;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // audio_file_content_hash - computed: true, optional: true, required: false
  private _audioFileContentHash?: string; 
  public get audioFileContentHash() {
    return this.getStringAttribute('audio_file_content_hash');
  }
  public set audioFileContentHash(value: string) {
    this._audioFileContentHash = value;
  }
  public resetAudioFileContentHash() {
    this._audioFileContentHash = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get audioFileContentHashInput() {
    return this._audioFileContentHash;
  }

  // audio_filename - computed: true, optional: true, required: false
  private _audioFilename?: string; 
  public get audioFilename() {
    return this.getStringAttribute('audio_filename');
  }
  public set audioFilename(value: string) {
    this._audioFilename = value;
  }
  public resetAudioFilename() {
    this._audioFilename = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get audioFilenameInput() {
    return this._audioFilename;
  }

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

  // owner_id - computed: true, optional: true, required: false
  private _ownerId?: string; 
  public get ownerId() {
    return this.getStringAttribute('owner_id');
  }
  public set ownerId(value: string) {
    this._ownerId = value;
  }
  public resetOwnerId() {
    this._ownerId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ownerIdInput() {
    return this._ownerId;
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

  // audio_file - computed: false, optional: true, required: false
  private _audioFile = new GreetingAudioFileOutputReference(this, "audio_file");
  public get audioFile() {
    return this._audioFile;
  }
  public putAudioFile(value: GreetingAudioFile) {
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
      audio_file_content_hash: cdktf.stringToTerraform(this._audioFileContentHash),
      audio_filename: cdktf.stringToTerraform(this._audioFilename),
      audio_tts: cdktf.stringToTerraform(this._audioTts),
      id: cdktf.stringToTerraform(this._id),
      name: cdktf.stringToTerraform(this._name),
      owner_id: cdktf.stringToTerraform(this._ownerId),
      owner_type: cdktf.stringToTerraform(this._ownerType),
      type: cdktf.stringToTerraform(this._type),
      audio_file: greetingAudioFileToTerraform(this._audioFile.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      audio_file_content_hash: {
        value: cdktf.stringToHclTerraform(this._audioFileContentHash),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      audio_filename: {
        value: cdktf.stringToHclTerraform(this._audioFilename),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
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
      owner_id: {
        value: cdktf.stringToHclTerraform(this._ownerId),
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
      audio_file: {
        value: greetingAudioFileToHclTerraform(this._audioFile.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "GreetingAudioFileList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
