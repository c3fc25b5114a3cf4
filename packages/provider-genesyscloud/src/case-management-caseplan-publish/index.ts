// https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan_publish
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CaseManagementCaseplanPublishConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan_publish#caseplan_id CaseManagementCaseplanPublish#caseplan_id}
  */
  readonly caseplanId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan_publish#id CaseManagementCaseplanPublish#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan_publish#revision CaseManagementCaseplanPublish#revision}
  */
  readonly revision?: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan_publish genesyscloud_case_management_caseplan_publish}
*/
export class CaseManagementCaseplanPublish extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "genesyscloud_case_management_caseplan_publish";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CaseManagementCaseplanPublish resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CaseManagementCaseplanPublish to import
  * @param importFromId The id of the existing CaseManagementCaseplanPublish that should be imported. Refer to the {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan_publish#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CaseManagementCaseplanPublish to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "genesyscloud_case_management_caseplan_publish", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/resources/case_management_caseplan_publish genesyscloud_case_management_caseplan_publish} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CaseManagementCaseplanPublishConfig
  */
  public constructor(scope: Construct, id: string, config: CaseManagementCaseplanPublishConfig) {
    super(scope, id, {
      terraformResourceType: 'genesyscloud_case_management_caseplan_publish',
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
    this._caseplanId = config.caseplanId;
    this._id = config.id;
    this._revision = config.revision;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // caseplan_id - computed: false, optional: false, required: true
  private _caseplanId?: string; 
  public get caseplanId() {
    return this.getStringAttribute('caseplan_id');
  }
  public set caseplanId(value: string) {
    this._caseplanId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get caseplanIdInput() {
    return this._caseplanId;
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

  // revision - computed: false, optional: true, required: false
  private _revision?: number; 
  public get revision() {
    return this.getNumberAttribute('revision');
  }
  public set revision(value: number) {
    this._revision = value;
  }
  public resetRevision() {
    this._revision = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get revisionInput() {
    return this._revision;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      caseplan_id: cdktf.stringToTerraform(this._caseplanId),
      id: cdktf.stringToTerraform(this._id),
      revision: cdktf.numberToTerraform(this._revision),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      caseplan_id: {
        value: cdktf.stringToHclTerraform(this._caseplanId),
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
      revision: {
        value: cdktf.numberToHclTerraform(this._revision),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
