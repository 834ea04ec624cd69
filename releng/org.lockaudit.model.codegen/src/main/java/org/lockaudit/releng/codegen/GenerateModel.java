package org.lockaudit.releng.codegen;

import java.io.File;
import java.util.Collections;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Standalone (no OSGi) EMF code generation for a bundle's Ecore model.
 * Usage: {@code GenerateModel <model.ecore> <bundleDir> <bundleId> <basePackage> <prefix>}.
 * The genmodel is derived from the Ecore each time (and saved beside it), so the Ecore file is the
 * only hand-edited source of the model.
 */
public final class GenerateModel {
    private GenerateModel() {
    }

    public static void main(String[] args) throws Exception {
        File ecore = new File(args[0]).getCanonicalFile();
        File bundleDir = new File(args[1]).getCanonicalFile();
        String bundleId = args[2];
        String basePackage = args[3];
        String prefix = args[4];
        // platform:/resource/<bundleId>/ -> bundleDir, so modelDirectory "/<bundleId>/src-gen" works outside Eclipse
        EcorePlugin.getPlatformResourceMap().put(bundleId, URI.createFileURI(bundleDir.getPath() + "/"));
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet rs = new ResourceSetImpl();
        Map<String, Object> factories = rs.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("*", new EcoreResourceFactoryImpl());
        rs.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

        URI ecoreUri = URI.createPlatformResourceURI(bundleId + "/model/" + ecore.getName(), true);
        Resource ecoreResource = rs.getResource(ecoreUri, true);
        EPackage ePackage = (EPackage) ecoreResource.getContents().get(0);

        GenModel gm = GenModelFactory.eINSTANCE.createGenModel();
        URI genUri = ecoreUri.trimFileExtension().appendFileExtension("genmodel");
        Resource genResource = rs.createResource(genUri);
        genResource.getContents().add(gm);
        gm.initialize(Collections.singleton(ePackage));
        gm.setModelDirectory("/" + bundleId + "/src-gen");
        gm.setModelPluginID(bundleId);
        gm.setModelName(prefix);
        gm.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
        gm.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
        gm.setCopyrightFields(false);
        gm.setBundleManifest(false);
        gm.setUpdateClasspath(false);
        gm.setOperationReflection(true);
        gm.setImportOrganizing(true);
        gm.setCanGenerate(true);
        gm.setModelPluginClass(null);
        gm.getForeignModel().add(ecore.getName());
        GenPackage gp = gm.getGenPackages().get(0);
        gp.setBasePackage(basePackage);
        gp.setPrefix(prefix);
        genResource.save(null);

        // standalone: no extension registry, so register the generator adapter factory by hand;
        // without it generate() reports OK and silently writes nothing
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(gm);
        Diagnostic d = generator.generate(gm, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        System.out.println("EMF codegen: severity=" + d.getSeverity() + " " + d.getMessage());
        for (Diagnostic c : d.getChildren()) {
            System.out.println("  " + c.getSeverity() + " " + c.getMessage());
        }
        if (d.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("EMF code generation failed: " + d);
        }
    }
}
