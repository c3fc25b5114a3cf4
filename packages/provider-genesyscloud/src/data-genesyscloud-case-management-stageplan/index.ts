// https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/data-sources/case_management_stageplan
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataGenesyscloudCaseManagementStageplanConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/data-sources/case_management_stageplan#caseplan_id DataGenesyscloudCaseManagementStageplan#caseplan_id}
  */
  readonly caseplanId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/data-sources/case_management_stageplan#id DataGenesyscloudCaseManagementStageplan#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/data-sources/case_management_stageplan#stage_number DataGenesyscloudCaseManagementStageplan#stage_number}
  */
  readonly stageNumber: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/data-sources/case_management_stageplan genesyscloud_case_management_stageplan}
*/
export class DataGenesyscloudCaseManagementStageplan extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "genesyscloud_case_management_stageplan";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataGenesyscloudCaseManagementStageplan resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataGenesyscloudCaseManagementStageplan to import
  * @param importFromId The id of the existing DataGenesyscloudCaseManagementStageplan that should be imported. Refer to the {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/data-sources/case_management_stageplan#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataGenesyscloudCaseManagementStageplan to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "genesyscloud_case_management_stageplan", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mypurecloud/genesyscloud/1.84.1/docs/data-sources/case_management_stageplan genesyscloud_case_management_stageplan} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataGenesyscloudCaseManagementStageplanConfig
  */
  public constructor(scope: Construct, id: string, config: DataGenesyscloudCaseManagementStageplanConfig) {
    super(scope, id, {
      terraformResourceType: 'genesyscloud_case_management_stageplan',
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
    this._stageNumber = config.stageNumber;
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

  // stage_number - computed: false, optional: false, required: true
  private _stageNumber?: number; 
  public get stageNumber() {
    return this.getNumberAttribute('stage_number');
  }
  public set stageNumber(value: number) {
    this._stageNumber = value;
  }
  // Temporarily expose input value. Use with caution.
  public get stageNumberInput() {
    return this._stageNumber;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      caseplan_id: cdktf.stringToTerraform(this._caseplanId),
      id: cdktf.stringToTerraform(this._id),
      stage_number: cdktf.numberToTerraform(this._stageNumber),
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
      stage_number: {
        value: cdktf.numberToHclTerraform(this._stageNumber),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
