/**
 * Small building blocks that every module uses: business-rule violations shown beside a
 * form field.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.dondoc.common;
